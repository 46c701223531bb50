/** Unit, component and contract tests. End-to-end browser tests have their own config (jest.e2e.config.cjs). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
  transform: {
    "^.+\\.(t|j)sx?$": ["@swc/jest", { jsc: { parser: { syntax: "typescript", tsx: true }, transform: { react: { runtime: "automatic" } }, target: "es2022" }, module: { type: "commonjs" } }]
  },
  transformIgnorePatterns: ["/node_modules/(?!(linkifyjs)/)"],
  moduleFileExtensions: ["ts", "tsx", "js", "mjs", "cjs", "json"]
};
