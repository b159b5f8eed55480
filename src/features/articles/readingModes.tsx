import { useState } from 'react';
import type { ArticleView, BlockView } from '../../content-api/published.ts';
import { useT } from '../../i18n/lang.tsx';
import { usePreference } from '../../shared/preferences.ts';
import { keepingReadingPosition, useReadingPositionKeptOnArrival } from '../reading-place/acrossLayouts.ts';
import { ReadingBlock } from '../reading-place/ReadingBlock.tsx';
import { ArticleBlock } from './ArticleBlock.tsx';
import * as styles from './ArticleBody.module.css';
import * as parallel from './parallel.module.css';
import { READING_MODE, type ReadingMode } from './readingMode.ts';
import { ReadingModeView } from './ReadingModeView.tsx';
import { useOtherVersion } from './useOtherVersion.ts';

// The reading modes, islands of the article page (see ArticlePage.tsx, ArticleBody.tsx and
// ui/islands/): their code arrives when the reader points at, focuses or touches one of their
// buttons, or when the browser is idle. Their props are the page's data, which does not change
// while it is shown; each follows the other version itself.

function blocksById(article: ArticleView | undefined): Map<string, BlockView> {
  return new Map(article?.blocks.map((block) => [block.id, block]));
}

/**
 * One language or side by side; side by side needs the other version first, and stays in one language when it cannot be
 * had.
 */
export function ReadingModeControl({ shown, article }: { shown: ReadingMode; article: ArticleView }) {
  const other = useOtherVersion(article);
  const [, setMode] = usePreference(READING_MODE, 'single');
  const change = async (next: ReadingMode) => {
    if (next === 'single' || (await other.load())) keepingReadingPosition(() => setMode(next));
  };
  return <ReadingModeView shown={shown} onChange={(next) => void change(next)} />;
}

/**
 * A paragraph's button that reveals its translation beneath it: for the pointer and touch, out of the
 * Tab order (the reading mode's "side by side", just before the text, is the keyboard's way to the
 * translations: one stop, where seven toggles made seven), and on screens with a pointer it shows
 * only when its paragraph is pointed at (ArticleBody.module.css).
 */
export function TranslationToggle({ block, article }: { block: BlockView; article: ArticleView }) {
  const t = useT();
  const other = useOtherVersion(article);
  const [open, setOpen] = useState(false);
  const counterpart = blocksById(other.version).get(block.id);
  const panelId = `${block.id}-translation`;
  const toggle = async () => {
    if (open) setOpen(false);
    else if (await other.load()) setOpen(true);
  };
  return (
    <>
      <button
        type="button"
        className={styles.toggle}
        tabIndex={-1}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => void toggle()}
      >
        {t(open ? 'reading.hideTranslation' : 'reading.showTranslation')}
      </button>
      <div id={panelId} className={styles.translation} hidden={!open || !counterpart}>
        {open && counterpart && other.version && <ArticleBlock block={counterpart} lang={other.version.contentLang} />}
      </div>
    </>
  );
}

/** Both languages, block by block: two aligned columns on wide screens, pairs one under the other on narrow ones. */
export function SideBySideBody({ article, otherVersion }: { article: ArticleView; otherVersion: ArticleView }) {
  useReadingPositionKeptOnArrival();
  const counterparts = blocksById(otherVersion);
  return (
    <div className={styles.body}>
      {article.blocks.map((block) => {
        const counterpart = counterparts.get(block.id);
        return (
          <ReadingBlock key={block.id} className={parallel.row} id={block.id}>
            <ArticleBlock block={block} lang={article.contentLang} anchorId={block.id} />
            {counterpart && <ArticleBlock block={counterpart} lang={otherVersion.contentLang} />}
          </ReadingBlock>
        );
      })}
    </div>
  );
}
