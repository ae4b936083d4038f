// The popup: a pure function of the tab's state, the outlet's history, the pause flag and actions.
import type { PopupProps } from './types';
import { ScoreDial } from './ScoreDial';
import { ScoreBreakdown } from './ScoreBreakdown';
import { FindingList } from './FindingList';
import { Sourcing } from './Sourcing';
import { Toolbar } from './Toolbar';

export function Popup({ state, outlet, paused, actions, t, inTab = false }: PopupProps) {
  const page = state.report;
  const report = page?.isArticle ? page.report : null;
  return (
    <div class="popup" data-status={state.status}>
      <header class="masthead">
        <h1>{t('popupTitle')}</h1>
        {page?.title && <p class="page-title">{page.title}</p>}
      </header>
      <Body {...{ state, outlet, paused, actions, t, inTab }} />
      <Toolbar actions={actions} paused={paused} canExport={report !== null} inTab={inTab} t={t} />
    </div>
  );
}

function Body({ state, outlet, paused, actions, t }: PopupProps) {
  const page = state.report;
  if (paused || state.status === 'paused') {
    return <p class="notice calm" data-testid="paused" role="status">{t('statusPaused')}</p>;
  }
  if (state.status === 'analysing') {
    return <p class="notice calm" data-testid="analysing" role="status" aria-busy="true">{t('statusAnalysing')}</p>;
  }
  if (!page) {
    return (
      <div class="notice calm" data-testid="idle">
        <p>{t('statusIdle')}</p>
        <button type="button" data-testid="analyse-now" onClick={() => actions.analyseNow()}>{t('analyseNow')}</button>
      </div>
    );
  }
  if (!page.isArticle || !page.report) {
    return (
      <div class="notice calm" data-testid="not-article">
        <p>{t('notArticle')}</p>
        {page.notArticleReason && <p class="reason">{t('notArticleReason', page.notArticleReason)}</p>}
      </div>
    );
  }
  const report = page.report;
  return (
    <>
      {report.score ? (
        <ScoreDial score={report.score} t={t} />
      ) : (
        <p class="notice calm" data-testid="no-score">{t('noScore')}</p>
      )}
      {(page.partial || report.partial) && <p class="notice calm">{t('partialNotice')}</p>}
      <FindingList findings={report.findings} onReveal={(id) => actions.revealFinding(id)} t={t} />
      {report.score && <ScoreBreakdown components={report.score.components} t={t} />}
      <Sourcing page={page} report={report} outlet={outlet} t={t} />
    </>
  );
}
