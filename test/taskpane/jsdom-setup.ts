// Shared set-up for jsdom tests that render the whole pane with Fluent UI.
import { configure } from "@testing-library/react";

// Role queries skip the (slow in jsdom) visibility computation; visibility is asserted explicitly.
configure({ defaultHidden: true, asyncUtilTimeout: 15000 });
// Fluent in jsdom is slow on a busy machine; these are behaviour tests, not timing tests.
jest.setTimeout(60000);
// jsdom has no ResizeObserver; Fluent's MessageBar uses one for reflow.
class NoopResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
(window as unknown as { ResizeObserver: unknown }).ResizeObserver ??= NoopResizeObserver;
