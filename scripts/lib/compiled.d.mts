/** Types for scripts/lib/compiled.mjs (plain JavaScript so that Node runs it without a loader). */
export declare const ROOT: string;
export declare const COMPILED_DIR: string;
export declare const COMPILED_ENTRIES: string[];
/** The files the build chain's code is made of (scripts/, src/, the lockfile, npm's record of node_modules). */
export declare function codeFiles(root?: string): string[];
export declare function compiledKey(root?: string): string;
export declare function compiledFile(entry: string, key?: string): Promise<string>;
/** The module `entry` (one of COMPILED_ENTRIES) imported from its compiled build; type it as the source module. */
export declare function compiledModule(entry: string): Promise<unknown>;
export declare const TOOLS_DIR: string;
/** The key of compiledTool()'s builds: the checkout's path and what is installed. */
export declare function installedKey(root?: string): string;
/** The compiled build of an installed tool's command-line entry (project-relative, under node_modules/). */
export declare function compiledTool(entry: string, key?: string): Promise<string>;
export declare function bundleScripts(entries: string[], outdir: string, options?: { inlinePackages?: boolean }): Promise<Record<string, string>>;
/** What the compiled build loads for one module: its own import.meta.url, and __dirname/__filename where an installed module uses them undeclared; undefined when unchanged. */
export declare function withSourcePaths(file: string, text: string): string | undefined;
export declare const CHECKOUT_FILE: string;
/** Package imports the compiled build bundles as a project module standing in for them (specifier → project-relative file). */
export declare const WRAPPERS: Record<string, string>;
/** Remove the builds in `parent` that are no longer needed after `current` was built (see compiled.mjs). */
export declare function pruneBuilds(parent: string, current: string, root?: string): void;
