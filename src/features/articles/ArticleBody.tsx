import { useState } from 'react';
import type { ArticleView, BlockView } from '../../content-api/published.ts';
import { useT } from '../../i18n/lang.tsx';
import { ReadingBlock } from '../../ui/readingPosition.tsx';
import { ArticleBlock } from './ArticleBlock.tsx';
import * as styles from './ArticleBody.module.css';
import type { OtherVersion } from './useOtherVersion.ts';

function blocksById(article: ArticleView | undefined): Map<string, BlockView> {
  return new Map(article?.blocks.map((block) => [block.id, block]));
}

/** A paragraph with a button that reveals its translation beneath it. */
function TranslatableBlock({ block, article, other }: { block: BlockView; article: ArticleView; other: OtherVersion }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const counterpart = blocksById(other.version).get(block.id);
  const panelId = `${block.id}-translation`;
  const toggle = async () => {
    if (open) setOpen(false);
    else if (await other.load()) setOpen(true);
  };
  return (
    <ReadingBlock className={styles.block} id={block.id}>
      <ArticleBlock block={block} lang={article.contentLang} anchorId={block.id} />
      <button type="button" className={styles.toggle} aria-expanded={open} aria-controls={panelId} onClick={() => void toggle()}>
        {t(open ? 'reading.hideTranslation' : 'reading.showTranslation')}
      </button>
      <div id={panelId} className={styles.translation} hidden={!open || !counterpart}>
        {open && counterpart && other.version && <ArticleBlock block={counterpart} lang={other.version.contentLang} />}
      </div>
    </ReadingBlock>
  );
}

function SingleLanguageBody({ article, other }: { article: ArticleView; other: OtherVersion }) {
  return (
    <div className={styles.body}>
      {article.blocks.map((block) =>
        other.available && block.type === 'paragraph' ? (
          <TranslatableBlock key={block.id} block={block} article={article} other={other} />
        ) : (
          <ReadingBlock key={block.id} className={styles.block} id={block.id}>
            <ArticleBlock block={block} lang={article.contentLang} anchorId={block.id} />
          </ReadingBlock>
        ),
      )}
    </div>
  );
}

/** Both languages, block by block: two aligned columns on wide screens, pairs one under the other on narrow ones. */
function SideBySideBody({ article, otherVersion }: { article: ArticleView; otherVersion: ArticleView }) {
  const counterparts = blocksById(otherVersion);
  return (
    <div className={styles.body}>
      {article.blocks.map((block) => {
        const counterpart = counterparts.get(block.id);
        return (
          <ReadingBlock key={block.id} className={styles.row} id={block.id}>
            <ArticleBlock block={block} lang={article.contentLang} anchorId={block.id} />
            {counterpart && <ArticleBlock block={counterpart} lang={otherVersion.contentLang} />}
          </ReadingBlock>
        );
      })}
    </div>
  );
}

export function ArticleBody({ article, other, sideBySide }: { article: ArticleView; other: OtherVersion; sideBySide: boolean }) {
  if (sideBySide && other.version) return <SideBySideBody article={article} otherVersion={other.version} />;
  return <SingleLanguageBody article={article} other={other} />;
}
