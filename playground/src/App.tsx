import { lazy, Suspense } from 'react';
import { DropInPage } from './DropInPage';
import { HeadlessPage } from './HeadlessPage';

// Dev only: the build drops the panel (and the emulator code it imports) entirely.
const PhonePanel = import.meta.env.DEV
  ? lazy(() => import('./PhonePanel').then((module) => ({ default: module.PhonePanel })))
  : undefined;

const PAGES = [
  { path: '/', label: 'Drop-in component', Page: DropInPage },
  { path: '/headless', label: 'Headless hooks', Page: HeadlessPage },
] as const;

export function App({ path }: { path: string }) {
  const current =
    PAGES.find((page) => page.path === path.replace(/\/+$/, '') || page.path === path) ?? PAGES[0];
  const { Page } = current;
  return (
    <div className="playground">
      <header className="playground__header">
        <p className="playground__brand">verikit playground</p>
        <nav aria-label="Pages">
          <ul>
            {PAGES.map((page) => (
              <li key={page.path}>
                <a href={page.path} aria-current={page === current ? 'page' : undefined}>
                  {page.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <div className="playground__layout">
        <main className="playground__main">
          <Page />
        </main>
        {PhonePanel ? (
          <Suspense fallback={null}>
            <PhonePanel />
          </Suspense>
        ) : null}
      </div>
    </div>
  );
}
