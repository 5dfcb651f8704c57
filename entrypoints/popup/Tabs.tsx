/**
 * The popup's tabs (WAI-ARIA tabs pattern: arrow keys move between tabs). A tab is one entry of `tabs`;
 * adding one is adding a line where the popup lists them. `aside` sits at the end of the tab bar.
 */
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';

export interface PopupTab {
  id: string;
  label: string;
  render(): ComponentChildren;
}

export function Tabs({ tabs, aside }: { tabs: PopupTab[]; aside?: ComponentChildren }) {
  const [active, setActive] = useState(tabs[0]?.id ?? '');
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});
  const current = tabs.find((t) => t.id === active) ?? tabs[0];
  const onKeyDown = (event: KeyboardEvent) => {
    const at = tabs.findIndex((t) => t.id === current?.id);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = tabs[(at + step + tabs.length) % tabs.length];
    if (!next) return;
    setActive(next.id);
    refs.current[next.id]?.focus();
  };
  return (
    <div class="bs-tabs">
      <div class="bs-tabs__bar">
        <div role="tablist" aria-label="Backstory" class="bs-tabs__list" onKeyDown={onKeyDown}>
          {tabs.map((t) => (
            <button
              key={t.id}
              ref={(el) => void (refs.current[t.id] = el)}
              type="button"
              role="tab"
              id={`tab-${t.id}`}
              class="bs-tabs__tab"
              aria-selected={t.id === current?.id}
              aria-controls={`panel-${t.id}`}
              tabIndex={t.id === current?.id ? 0 : -1}
              data-testid={`tab-${t.id}`}
              onClick={() => setActive(t.id)}
            >
              {t.label}
            </button>
          ))}
        </div>
        {aside}
      </div>
      {current ? (
        <div role="tabpanel" id={`panel-${current.id}`} aria-labelledby={`tab-${current.id}`} class="bs-tabs__panel">
          {current.render()}
        </div>
      ) : null}
    </div>
  );
}
