import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactElement } from 'react';
import { readSettings } from '../lib/db/settings-store';
import type { Settings } from '../lib/model/settings';
import { RevisitSettings } from './customers/RevisitSettings';
import { DataSection } from './data/DataSection';
import { NumberField, useSettingsSave } from './settings-fields';

/** Settings, stored through the validated settings store (lib/db/settings-store.ts). */
export function SettingsPane(): ReactElement {
  const settings = useLiveQuery(() => readSettings(), []);
  const settingsSave = useSettingsSave();
  if (!settings) return <p className="muted">读取中…</p>;

  const save = (change: Partial<Settings>): void =>
    settingsSave.save(change, '设置未保存：数值或词不在允许范围内（每个词不超过30个字，店铺名不超过60个字，价格变化 1–90%）');

  return (
    <form onSubmit={(e) => e.preventDefault()} data-testid="settings">
      <label className="field">
        <input type="checkbox" checked={settings.showOverlays} onChange={(e) => save({ showOverlays: e.target.checked })} />
        在搜索结果页显示自然排名、广告标记和汇总浮窗
      </label>
      <NumberField
        label="1688 标题长度上限（半角字符，汉字算2）"
        value={settings.titleUnitLimit1688}
        min={20}
        max={200}
        width={70}
        onSave={(text) => save({ titleUnitLimit1688: Number(text) })}
      />
      <WordListField
        label="自定义词（分词时保持完整，每行一个或用空格分开）"
        words={settings.userWords}
        onSave={(userWords) => save({ userWords })}
        testId="user-words"
      />
      <WordListField
        label="品牌词（词库里归为品牌词）"
        words={settings.brandWords}
        onSave={(brandWords) => save({ brandWords })}
        testId="brand-words"
      />
      <WordListField
        label="我的店铺（店铺名称，每行一个）：搜索结果页上标出“我的”，历史里跟踪排名"
        words={settings.myShopNames}
        onSave={(myShopNames) => save({ myShopNames })}
        testId="my-shops"
      />
      <NumberField
        label="价格变化超过"
        suffix="% 时记入“动态”（我的商品和关注的竞品）"
        value={Math.round(settings.priceAlertShare * 100)}
        min={1}
        max={90}
        width={60}
        onSave={(text) => save({ priceAlertShare: Number(text) / 100 })}
        testId="price-alert-share"
      />
      {settingsSave.error}
      <p className="muted">所有数据只保存在本机浏览器中，不会上传。</p>
      <RevisitSettings settings={settings} />
      <DataSection />
    </form>
  );
}

/** A word list edited as text; saved when the field loses focus. */
function WordListField({
  label,
  words,
  onSave,
  testId,
}: {
  label: string;
  words: string[];
  onSave: (words: string[]) => void;
  testId: string;
}): ReactElement {
  return (
    <label className="field column">
      {label}
      <textarea
        rows={3}
        defaultValue={words.join('\n')}
        data-testid={testId}
        onBlur={(e) =>
          onSave([
            ...new Set(
              e.target.value
                .split(/[\s,，、]+/)
                .map((w) => w.trim())
                .filter(Boolean),
            ),
          ])
        }
      />
    </label>
  );
}
