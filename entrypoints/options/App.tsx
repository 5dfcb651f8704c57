/**
 * The options page: one column of sections. Each section is a self-contained component in its own file
 * (it opens what it needs and reports its own errors); this file only orders them.
 */
import type { ComponentType } from 'preact';
import { AboutSection } from './AboutSection';
import { SettingsSection } from './SettingsSection';
import { SnippetsSection } from './SnippetsSection';
import { BackupSection } from './BackupSection';
import { PacksSection } from './PacksSection';
import { ReaderSection } from './ReaderSection';
import './sections.css';

interface Section {
  id: string;
  title: string;
  Component: ComponentType;
}

const SECTIONS: Section[] = [
  // Sections are listed in reading order; add new ones here.
  { id: 'about', title: 'About', Component: AboutSection },
  { id: 'settings', title: 'Settings', Component: SettingsSection },
  { id: 'packs', title: 'Packs', Component: PacksSection },
  { id: 'yours', title: 'Your facts', Component: ReaderSection },
  { id: 'snippets', title: 'Snippets', Component: SnippetsSection },
  { id: 'backup', title: 'Backup', Component: BackupSection },
];

export function App() {
  return (
    <main class="bs-options">
      <header class="bs-options__header">
        <h1>Backstory</h1>
        <nav aria-label="Sections">
          {SECTIONS.map((s) => (
            <a key={s.id} href={`#${s.id}`}>
              {s.title}
            </a>
          ))}
        </nav>
      </header>
      {SECTIONS.map(({ id, title, Component }) => (
        <section key={id} id={id} class="bs-options__section" aria-labelledby={`${id}-title`}>
          <h2 id={`${id}-title`}>{title}</h2>
          <Component />
        </section>
      ))}
    </main>
  );
}
