/**
 * A finding card's «Mer» menu («Ignorer regelen», «Legg til i ordlista»). Loaded on first use: the
 * menu and its positioning code are not needed for the first check (and a draft can have hundreds of
 * cards on screen over time).
 */
import { useEffect, useRef } from "react";
import { Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger } from "@fluentui/react-components";
import { MoreHorizontalRegular } from "@fluentui/react-icons";

export interface CardMenuProps {
  label: string;
  text: string;
  ignoreRule: string;
  addWord?: string;
  onIgnoreRule(): void;
  onAddWord(): void;
}

export default function CardMenu({ label, text, ignoreRule, addWord, onIgnoreRule, onAddWord }: CardMenuProps) {
  const trigger = useRef<HTMLButtonElement>(null);
  // It replaces the plain button that was clicked: keep focus where the user was.
  useEffect(() => trigger.current?.focus(), []);
  return (
    <Menu defaultOpen>
      <MenuTrigger disableButtonEnhancement>
        <Button ref={trigger} size="small" appearance="subtle" tabIndex={-1} icon={<MoreHorizontalRegular />} aria-label={label}>
          {text}
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuItem onClick={onIgnoreRule}>{ignoreRule}</MenuItem>
          {addWord && <MenuItem onClick={onAddWord}>{addWord}</MenuItem>}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
