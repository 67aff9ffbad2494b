import type { Platform } from '../model/page';
import { EDITOR_1688 } from './1688/selectors';
import { queryFirst } from './dom-read';
import { TAOBAO_EDITOR } from './taobao/selectors';

type TextField = HTMLInputElement | HTMLTextAreaElement;

/** The listing editor's title field, or null when the form has not rendered it (yet). Tmall uses Taobao's editor. */
export function findTitleField(doc: ParentNode, platform: Platform): TextField | null {
  const el = queryFirst(doc, platform === '1688' ? EDITOR_1688.title : TAOBAO_EDITOR.title);
  return el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') ? (el as TextField) : null;
}

/**
 * Writes a value so that the page's own framework notices: the prototype's native value setter (React
 * keeps its own tracker on the element's instance property, so a plain assignment can be swallowed),
 * then bubbling input and change events.
 */
export function writeFieldValue(field: TextField, value: string): void {
  const view = field.ownerDocument.defaultView;
  const proto = field.tagName === 'TEXTAREA' ? view?.HTMLTextAreaElement.prototype : view?.HTMLInputElement.prototype;
  const setter = proto ? Object.getOwnPropertyDescriptor(proto, 'value')?.set : undefined;
  if (setter) setter.call(field, value);
  else field.value = value;
  const EventCtor = view?.Event ?? Event;
  field.dispatchEvent(new EventCtor('input', { bubbles: true }));
  field.dispatchEvent(new EventCtor('change', { bubbles: true }));
}
