import { useState } from 'react';
import type { ArticleView, BlockView } from '../../content-api/published.ts';
import { useT } from '../../i18n/lang.tsx';
import { ReadingBlock } from '../../ui/readingPosition.tsx';
import { ArticleBlock } from './ArticleBlock.tsx';
import type { TranslatedVersion } from './useTranslatedVersion.ts';

function blocksById(article: ArticleView | undefined): Map<string, BlockView> {
  return new Map(article?.blocks.map((block) => [block.id, block]));
}

/** A paragraph with a button that reveals its translation beneath it. */
function TranslatableBlock({ block, article, translated }: { block: BlockView; article: ArticleView; translated: TranslatedVersion }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const twin = blocksById(translated.version).get(block.id);
  const panelId = `${block.id}-translation`;
  const toggle = async () => {
    if (open) setOpen(false);
    else if (await translated.load()) setOpen(true);
  };
  return (
    <ReadingBlock className="block" id={block.id}>
      <ArticleBlock block={block} lang={article.contentLang} anchorId={block.id} />
      <button type="button" className="translate-toggle" aria-expanded={open} aria-controls={panelId} onClick={() => void toggle()}>
        {t(open ? 'reading.hideTranslation' : 'reading.showTranslation')}
      </button>
      <div id={panelId} className="block__translation" hidden={!open || !twin}>
        {open && twin && translated.version && <ArticleBlock block={twin} lang={translated.version.contentLang} />}
      </div>
    </ReadingBlock>
  );
}

function SingleLanguageBody({ article, translated }: { article: ArticleView; translated: TranslatedVersion }) {
  return (
    <div className="story__body">
      {article.blocks.map((block) =>
        translated.exists && block.type === 'paragraph' ? (
          <TranslatableBlock key={block.id} block={block} article={article} translated={translated} />
        ) : (
          <ReadingBlock key={block.id} className="block" id={block.id}>
            <ArticleBlock block={block} lang={article.contentLang} anchorId={block.id} />
          </ReadingBlock>
        ),
      )}
    </div>
  );
}

/** Both languages, block by block: two aligned columns on wide screens, pairs one under the other on narrow ones. */
function SideBySideBody({ article, translation }: { article: ArticleView; translation: ArticleView }) {
  const twins = blocksById(translation);
  return (
    <div className="story__body story__body--parallel">
      {article.blocks.map((block) => {
        const twin = twins.get(block.id);
        return (
          <ReadingBlock key={block.id} className="parallel-row" id={block.id}>
            <ArticleBlock block={block} lang={article.contentLang} anchorId={block.id} />
            {twin && <ArticleBlock block={twin} lang={translation.contentLang} />}
          </ReadingBlock>
        );
      })}
    </div>
  );
}

export function ArticleBody({ article, translated, sideBySide }: { article: ArticleView; translated: TranslatedVersion; sideBySide: boolean }) {
  if (sideBySide && translated.version) return <SideBySideBody article={article} translation={translated.version} />;
  return <SingleLanguageBody article={article} translated={translated} />;
}
