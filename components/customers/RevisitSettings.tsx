import type { ReactElement } from 'react';
import { REVISIT_REASON_LABELS } from '../../lib/analysis/shop/revisit';
import { MESSAGE_PLACEHOLDERS } from '../../lib/analysis/shop/revisit-message';
import { REVISIT_REASONS } from '../../lib/model/records';
import { DEFAULT_REVISIT_TEMPLATES, type Settings } from '../../lib/model/settings';
import { NumberField, useSettingsSave } from '../settings-fields';

/** 设置 → 客户回访: cool-down, lapse, the next campaign and festival, and the message per reason. */
export function RevisitSettings({ settings }: { settings: Settings }): ReactElement {
  const settingsSave = useSettingsSave();
  const save = (change: Partial<Settings>, problem: string): void => settingsSave.save(change, `设置未保存：${problem}`);
  const days = (value: string): number => Math.round(Number(value));

  return (
    <section className="data-section" data-testid="revisit-settings">
      <h2>客户回访</h2>
      <NumberField
        label="联系过的买家"
        suffix="天内不再出现在回访清单里"
        value={settings.revisitCoolDownDays}
        min={1}
        max={365}
        width={60}
        onSave={(text) => save({ revisitCoolDownDays: days(text) }, '冷却天数应为 1–365')}
        testId="cool-down-days"
      />
      <NumberField
        label="超过"
        suffix="天没有再下单的算“潜在复购”"
        value={settings.revisitLapsedDays}
        min={7}
        max={730}
        width={60}
        onSave={(text) => save({ revisitLapsedDays: days(text) }, '天数应为 7–730')}
        testId="lapsed-days"
      />
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
      {settingsSave.error}
    </section>
  );
}
