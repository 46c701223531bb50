// Production: KANALKLAR_BASE_URL=https://addin.example.no npm run build  (default https://localhost:3000)
// Builds dist/: taskpane.html, commands.html, help.html, the JS chunks (react in its own chunk, the
// checker in a Web Worker chunk), assets/, and both manifests with the base URL substituted.
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import HtmlWebpackPlugin from "html-webpack-plugin";
import CopyWebpackPlugin from "copy-webpack-plugin";
import { baseUrlFromEnv, substituteManifest } from "./scripts/manifest-build.mjs";

const require = createRequire(import.meta.url);
const { csp, cspWith, scriptHash } = require("./src/taskpane/csp.cjs");
const root = path.dirname(fileURLToPath(import.meta.url));
export { DEV_BASE_URL, baseUrlFromEnv, substituteManifest } from "./scripts/manifest-build.mjs";

/**
 * Writes dist/chunk-groups.json: which files each entry point, the analysis worker and each lazy
 * chunk load. scripts/size.mjs reads it to report what the taskpane really loads.
 */
class ChunkGroupsPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("ChunkGroupsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "ChunkGroupsPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
      const groups = {};
      for (const group of compilation.chunkGroups) {
        const name = group.name || group.options?.name;
        if (!name) continue;
        const files = new Set();
        for (const chunk of group.chunks) for (const f of chunk.files) if (f.endsWith(".js")) files.add(f);
        groups[name] = { entry: group.isInitial(), files: [...files].sort() };
      }
      const json = JSON.stringify(groups, null, 2) + "\n";
      compilation.emitAsset("chunk-groups.json", new compiler.webpack.sources.RawSource(json));
      });
    });
  }
}

/**
 * The taskpane's first script is inline (so the analysis worker starts while the HTML is parsed, not
 * one request later): allow exactly that text in the page's Content-Security-Policy by its hash.
 */
class InlineScriptHashPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("InlineScriptHashPlugin", (compilation) => {
      // After html-webpack-plugin has written (and minified) the pages.
      compilation.hooks.processAssets.tap({ name: "InlineScriptHashPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT - 1 }, (assets) => {
        for (const name of Object.keys(assets).filter((n) => n.endsWith(".html"))) {
          const html = assets[name].source().toString();
          const hashes = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => scriptHash(m[1]));
          if (hashes.length === 0) continue;
          const meta = `content="${csp}"`;
          if (!html.includes(meta)) throw new Error(`${name}: inline script without the Content-Security-Policy meta to allow it`);
          compilation.updateAsset(name, new sources.RawSource(html.replace(meta, `content="${cspWith(hashes)}"`)));
        }
      });
    });
  }
}

export default (_env, argv = {}) => {
  const mode = argv.mode || process.env.NODE_ENV || "production";
  const dev = mode === "development";
  const baseUrl = baseUrlFromEnv();
  const page = (template, filename, chunks) =>
    new HtmlWebpackPlugin({ template, filename, chunks, csp, scriptLoading: "defer", inject: "head", minify: !dev && { collapseWhitespace: true, removeComments: true } });
  return {
    mode,
    context: root,
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      // A small script inlined at the top of taskpane.html that starts the analysis worker first. Its
      // public path is the page's own folder (an inline script has no src to work it out from).
      "early-worker": { import: "./src/taskpane/early-worker.ts", publicPath: "" },
      commands: "./src/commands/commands.ts",
      // Outlook's event runtime (Smart Alerts): a stable name, because the manifest points at it
      launchevent: "./src/commands/launchevent.ts",
    },
    output: {
      path: path.join(root, "dist"),
      filename: (pathData) => (pathData.chunk?.name === "launchevent" ? "launchevent.js" : "[name].[contenthash:8].js"),
      chunkFilename: "[name].[contenthash:8].js",
      publicPath: "auto",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".mjs", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Loaders run last to first: ts-loader makes JavaScript, then Griffel's loader turns each
          // makeStyles() into its finished CSS at build time (as Fluent's own packages ship), so the
          // page does not work out its styles while it renders the first check.
          use: [
            // babelOptions: how it reads the TypeScript modules a style object comes from (marks.ts).
            { loader: "@griffel/webpack-loader", options: { babelOptions: { presets: ["@babel/preset-typescript"] } } },
            {
              loader: "ts-loader",
              // Type checking runs separately (npm run typecheck); keep ES modules so webpack can tree-shake.
              options: { transpileOnly: true, compilerOptions: { noEmit: false, module: "ESNext", target: "ES2022", sourceMap: dev } },
            },
          ],
        },
      ],
    },
    optimization: {
      splitChunks: {
        // The analysis worker is one file: it loads before the first check, and each chunk it
        // imported was another request in a row (importScripts) before the checker could start.
        chunks: (chunk) => chunk.name !== "analysis" && !chunk.canBeInitial(),
        cacheGroups: {
          react: { test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, name: "react", chunks: "all", enforce: true, priority: 20 },
        },
      },
    },
    performance: { hints: dev ? false : "warning", maxEntrypointSize: 900_000, maxAssetSize: 600_000 },
    plugins: [
      new ChunkGroupsPlugin(),
      new InlineScriptHashPlugin(),
      page("./src/taskpane/taskpane.html", "taskpane.html", ["taskpane"]),
      page("./src/commands/commands.html", "commands.html", ["commands", "launchevent"]),
      page("./src/help/help.html", "help.html", []),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          ...["manifest.xml", "manifest.outlook.xml"].map((f) => ({
            from: f,
            to: f,
            transform: (content) => substituteManifest(content.toString("utf8"), baseUrl),
          })),
        ],
      }),
    ],
    stats: "errors-warnings",
  };
};
