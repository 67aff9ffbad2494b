import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { EditorTitle } from '../lib/model/messages';
import type { Platform } from '../lib/model/page';
import { tellPanel } from '../lib/messaging/content-protocol';
import { findTitleField, writeFieldValue } from '../lib/sites/editor-title';

export interface EditorController {
  read: () => EditorTitle;
  apply: (title: string) => EditorTitle;
}

/**
 * Listing-editor behaviour: tells the side panel the title as it is typed (one small message per input
 * event, no parsing here) and writes a chosen title back into the field.
 */
export function startEditorController(ctx: ContentScriptContext, platform: Platform): EditorController {
  const read = (): EditorTitle => ({ url: location.href, title: findTitleField(document, platform)?.value ?? null });
  const tell = (): void => {
    tellPanel(browser, 'editor/title', read()).catch(() => undefined); // no side panel open: nothing to tell
  };
  // Delegated: React forms render the field late and may replace it.
  ctx.addEventListener(
    document,
    'input',
    (event: Event) => {
      if (event.target === findTitleField(document, platform)) tell();
    },
    { capture: true },
  );
  return {
    read,
    apply: (title) => {
      const field = findTitleField(document, platform);
      if (!field) throw new Error('页面上没有找到标题输入框');
      writeFieldValue(field, title);
      return read();
    },
  };
}
