/** The file `npm start` and `npm run serve` run. */
export declare const SERVER_BUNDLE: string;
/** Bundles server/main.ts into `outfile` (default: SERVER_BUNDLE). */
export declare function buildServer(outfile?: string): Promise<void>;
