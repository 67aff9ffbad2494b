/** A JSONP body (`mtopjsonp12({...})`) or plain JSON; throws with a readable message otherwise. */
export function parseJsonOrJsonp(text: string): unknown {
  const trimmed = text.trim();
  const jsonp = /^[\w$.]+\s*\(([\s\S]*)\)\s*;?$/.exec(trimmed);
  try {
    return JSON.parse(jsonp ? jsonp[1]! : trimmed);
  } catch (error) {
    throw new Error(`not valid JSON or JSONP: ${(error as Error).message}`);
  }
}
