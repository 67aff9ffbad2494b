/**
 * Imported first by the result-page content script, so that in the bench build this mark is set before the
 * rest of the script (zod, parsers, schemas) is evaluated; `duibiao:startup` then runs from here to main().
 * In every other build the statement is removed at build time.
 */
if (import.meta.env.MODE === 'bench') performance.mark('duibiao:script-start');
