import { useState, type ReactElement } from 'react';
import { REVISIT_REASON_LABELS } from '../../lib/analysis/shop/revisit';
import { MESSAGE_PLACEHOLDERS } from '../../lib/analysis/shop/revisit-message';
import { updateSettings } from '../../lib/db/settings-store';
import { REVISIT_REASONS } from '../../lib/model/records';
import { DEFAULT_REVISIT_TEMPLATES, type Settings } from '../../lib/model/settings';

/** 设置 → 客户回访: cool-down, lapse, the next campaign and festival, and the message per reason. */
export function RevisitSettings({ settings }: { settings: Settings }): ReactElement {
  const [error, setError] = useState<string | null>(null);
  const save = (change: Partial<Settings>, problem: string): void => {
    setError(null);
    updateSettings(change).catch(() => setError(`设置未保存：${problem}`));
  };
  const days = (value: string): number => Math.round(Number(value));

  return (
    <section className="data-section" data-testid="revisit-settings">
      <h2>客户回访</h2>
      <label className="field">
        联系过的买家
        <input
          type="number"
          min={1}
          max={365}
          defaultValue={settings.revisitCoolDownDays}
          onBlur={(e) => save({ revisitCoolDownDays: days(e.target.value) }, '冷却天数应为 1–365')}
          style={{ width: 60 }}
          data-testid="cool-down-days"
        />
        天内不再出现在回访清单里
      </label>
      <label className="field">
        超过
        <input
          type="number"
          min={7}
          max={730}
          defaultValue={settings.revisitLapsedDays}
          onBlur={(e) => save({ revisitLapsedDays: days(e.target.value) }, '天数应为 7–730')}
          style={{ width: 60 }}
          data-testid="lapsed-days"
        />
        天没有再下单的算“潜在复购”
      </label>
      <label className="field">
        下一次活动日期
        <input
          type="date"
          value={settings.campaignDate ?? ''}
          onChange={(e) => save({ campaignDate: e.target.value || null }, '日期不对')}
          data-testid="campaign-date"
        />
        {settings.campaignDate ? (
          <button type="button" className="link" onClick={() => save({ campaignDate: null }, '日期不对')}>
            清除
          </button>
        ) : null}
      </label>
      <label className="field">
        节日日期
        <input
          type="date"
          value={settings.festivalDate ?? ''}
          onChange={(e) => save({ festivalDate: e.target.value || null }, '日期不对')}
          data-testid="festival-date"
        />
        名称
        <input
          type="text"
          maxLength={20}
          placeholder="如 中秋节"
          defaultValue={settings.festivalName}
          onBlur={(e) => save({ festivalName: e.target.value }, '节日名称最多 20 个字')}
          style={{ width: 90 }}
          data-testid="festival-name"
        />
        {settings.festivalDate ? (
          <button type="button" className="link" onClick={() => save({ festivalDate: null }, '日期不对')}>
            清除
          </button>
        ) : null}
      </label>
      <p className="small muted">
        话术模板（失去焦点时保存）。可用：
        {Object.entries(MESSAGE_PLACEHOLDERS)
          .map(([name, what]) => `${name} ${what}`)
          .join('；')}
        。
      </p>
      {REVISIT_REASONS.map((reason) => (
        <label className="field column" key={reason}>
          <span>
            {REVISIT_REASON_LABELS[reason]}{' '}
            {settings.revisitTemplates[reason] !== DEFAULT_REVISIT_TEMPLATES[reason] ? (
              <button
                type="button"
                className="link"
                onClick={() =>
                  save({ revisitTemplates: { ...settings.revisitTemplates, [reason]: DEFAULT_REVISIT_TEMPLATES[reason] } }, '')
                }
              >
                恢复默认
              </button>
            ) : null}
          </span>
          <textarea
            // Re-mounted when the stored text changes (恢复默认), since the field is not controlled.
            key={settings.revisitTemplates[reason]}
            rows={3}
            className="template-input"
            defaultValue={settings.revisitTemplates[reason]}
            data-testid={`template-${reason}`}
            onBlur={(e) =>
              save({ revisitTemplates: { ...settings.revisitTemplates, [reason]: e.target.value } }, '话术不能为空，最多 500 个字')
            }
          />
        </label>
      ))}
      {error ? <p className="error">{error}</p> : null}
    </section>
  );
}
