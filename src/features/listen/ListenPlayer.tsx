import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { ArticleView } from '../../content-api/published.ts';
import { useT } from '../../i18n/lang.tsx';
import type { Lang } from '../../i18n/languages.ts';
import { usePreference } from '../../shared/preferences.ts';
import * as button from '../../ui/button.module.css';
import { captureReadingPosition } from '../reading-place/place.ts';
import * as styles from './Listen.module.css';
import { BarButton, moveWithinToolbar, useFocusKept } from './barControls.tsx';
import { leftAt } from './listenSession.ts';
import { follow, leave, pause, refuse, speakFrom, stop, useListening } from './listening.ts';
import { useMarkedUnit } from './markedUnit.ts';
import { useMediaSession } from './mediaSession.ts';
import { usePickedUnit, useWithinText } from './pickedUnit.ts';
import { useRoomForControls } from './roomForControls.ts';
import { HEADLINE, listeningUnits, STANDFIRST, unitIndex, type ListeningUnit } from './units.ts';
import { useVoices } from './useVoices.ts';
import { choosableVoices, voiceFor } from './voices.ts';

// Listen, once its code has arrived (Listen.tsx is its face): the story read aloud in the language it is shown in,
// unit by unit (units.ts), the unit being read marked in the page (markedUnit.ts), with controls to pause, move,
// change speed and voice, and stop. Switching language goes on at the same unit; leaving the story stops, and
// coming back offers to go on where it stopped.

const RATES = ['0.6', '0.8', '1', '1.2', '1.4', '1.7'] as const;
type Rate = (typeof RATES)[number];
const ratePreference = (lang: Lang) => ({ key: `kiosque.listen.rate.${lang}`, values: RATES });

function useRate(lang: Lang): [Rate, (step: -1 | 1) => void] {
  const [rate, setRate] = usePreference(ratePreference(lang), '1');
  const step = (by: -1 | 1) => setRate(RATES[RATES.indexOf(rate) + by] ?? rate);
  return [rate, step];
}

/** A speed as the language writes it: `1,2×`, `1.2×`. */
const rateLabel = (rate: Rate, lang: Lang) => `${lang === 'fr' ? rate.replace('.', ',') : rate}×`;

/** How far above the reading line a paragraph may start and still count as seen from its start. */
const START_SEEN = 8;

/**
 * Where reading starts: the unit the reader left at; when scrolled, the first paragraph whose start is at or below the
 * reading line (one whose first lines are under the masthead has been read); else the top.
 */
function startingUnit(article: ArticleView, units: ListeningUnit[]): number {
  const left = leftAt(article.id);
  if (left !== undefined) return unitIndex(units, left);
  const position = captureReadingPosition();
  const at = units.findIndex((unit) => unit.id === position?.block);
  if (!position || at < 0) return 0;
  return position.offset >= -START_SEEN ? at : Math.min(at + 1, units.length - 1);
}

/** Where the reading is, as the controls say it: the headline, the standfirst, or paragraph n of the story's. */
function useWhereLabel(units: ListeningUnit[], index: number): string {
  const t = useT();
  const id = units[index]?.id;
  if (id === HEADLINE) return t('listen.headline');
  if (id === STANDFIRST) return t('listen.standfirst');
  const paragraphs = units.filter((unit) => unit.id !== HEADLINE && unit.id !== STANDFIRST);
  return t('listen.paragraph', { at: paragraphs.findIndex((unit) => unit.id === id) + 1, of: paragraphs.length });
}

export function ListenPlayer({ article }: { article: ArticleView }) {
  const t = useT();
  const lang = article.contentLang;
  const units = useMemo(() => listeningUnits(article), [article]);
  const voices = useVoices();
  const [chosenVoice, setChosenVoice] = usePreference(
    { key: `kiosque.listen.voice.${lang}`, values: voices.map((voice) => voice.voiceURI) },
    '',
  );
  const voice = voiceFor(voices, lang, chosenVoice);
  const [rate, stepRate] = useRate(lang);
  const { status, index, problem } = useListening();
  const resumable = leftAt(article.id) !== undefined;
  const spoken = useMemo(() => ({ lang: voice?.lang ?? lang, voice, rate: Number(rate) }), [voice, lang, rate]);

  const start = useCallback(
    (at: number) => {
      // Voices not listed yet: the engine picks one for the language, and reading starts at once.
      if (voices.length > 0 && !voice) refuse('noVoice');
      else speakFrom(article.id, units, at, spoken);
    },
    [voices.length, voice, article.id, units, spoken],
  );
  const root = useRef<HTMLDivElement>(null);
  const withinText = useWithinText(root);
  usePickedUnit(
    status !== 'idle',
    useCallback((block: string) => start(unitIndex(units, block)), [start, units]),
  );

  // The same unit, in the language, voice or speed now chosen: a language switch goes on where it was.
  useEffect(() => follow(article.id, units, spoken), [article.id, units, spoken]);
  // Leaving the story stops the reading, and remembers where.
  useEffect(() => () => leave(article.id), [article.id]);

  const unitId = units[index]?.id;
  const marked = useMarkedUnit(status === 'idle' ? undefined : unitId);
  // Where the browser cannot speak, Listen says so where it was pressed; it is not offered down the text.
  const offeredFromHere = status === 'idle' && withinText && !resumable && typeof speechSynthesis !== 'undefined';
  const { listenButton, playPauseButton, onFocus, onBlur, onClickCapture } = useFocusKept(status === 'idle');
  const where = useWhereLabel(units, index);
  const bar = useRef<HTMLDivElement>(null);
  useRoomForControls(bar, status !== 'idle');
  useMediaSession(status === 'idle' ? undefined : article.headline, status, {
    play: () => start(index),
    pause,
    previous: () => start(Math.max(0, index - 1)),
    next: () => start(Math.min(units.length - 1, index + 1)),
  });

  if (status === 'idle')
    return (
      <div className={styles.listen} ref={root} onFocus={onFocus} onBlur={onBlur} onClickCapture={onClickCapture}>
        <button
          type="button"
          className={button.small}
          onClick={() => start(startingUnit(article, units))}
          ref={listenButton}
        >
          {resumable ? t('listen.resume') : t('listen.button')}
        </button>
        {offeredFromHere && (
          <div className={styles.player}>
            <button type="button" className={button.small} onClick={() => start(startingUnit(article, units))}>
              {t('listen.fromHere')}
            </button>
          </div>
        )}
        {resumable && (
          <button type="button" className={button.small} onClick={() => start(0)}>
            {t('listen.fromStart')}
          </button>
        )}
        <p role="status" className={styles.problem}>
          {problem === 'unsupported' && t('listen.unsupported')}
          {problem === 'noVoice' && t('listen.noVoice', { language: t(`listen.languageName.${lang}`) })}
          {problem === 'failed' && t('listen.failed')}
        </p>
      </div>
    );

  const choices = choosableVoices(voices, lang);
  const playing = status === 'playing';
  return (
    <div className={styles.listen} ref={root} onFocus={onFocus} onBlur={onBlur} onClickCapture={onClickCapture}>
      <div
        className={styles.player}
        role="toolbar"
        aria-label={t('listen.controls')}
        ref={bar}
        onKeyDown={moveWithinToolbar}
      >
        <div className={styles.buttons}>
          <BarButton label={t('listen.previous')} unavailable={index === 0} onPress={() => start(index - 1)}>
            ‹
          </BarButton>
          {/* One button, its name and action changing, so that focus stays on it. */}
          <button
            type="button"
            className={button.small}
            onClick={() => (playing ? pause() : start(index))}
            ref={playPauseButton}
          >
            {playing ? t('listen.pause') : t('listen.play')}
          </button>
          <BarButton label={t('listen.next')} unavailable={index >= units.length - 1} onPress={() => start(index + 1)}>
            ›
          </BarButton>
          <span className={styles.speed}>
            <BarButton label={t('listen.slower')} unavailable={rate === RATES[0]} onPress={() => stepRate(-1)}>
              −
            </BarButton>
            <span className={styles.rate} aria-live="polite">
              {t('listen.speed', { rate: rateLabel(rate, lang) })}
            </span>
            <BarButton label={t('listen.faster')} unavailable={rate === RATES.at(-1)} onPress={() => stepRate(1)}>
              +
            </BarButton>
          </span>
          <BarButton onPress={stop}>{t('listen.stop')}</BarButton>
        </div>
        <div className={styles.about}>
          <p className={styles.where}>{where}</p>
          {choices.length > 1 && (
            <label className={styles.voice}>
              {t('listen.voice')}{' '}
              <select value={voice?.voiceURI} onChange={(event) => setChosenVoice(event.target.value)}>
                {choices.map((choice) => (
                  <option key={choice.voiceURI} value={choice.voiceURI}>
                    {choice.name}
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
        {marked.away && (
          <button type="button" className={styles.back} onClick={marked.bringBack}>
            {t('listen.backToReading')}
          </button>
        )}
      </div>
    </div>
  );
}
