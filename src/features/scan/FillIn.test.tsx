import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { FillIn } from './FillIn';
import type { Answers } from '../../domain/questionnaire/schema';
import { chooseLanguage, initI18n } from '../../i18n';
import { selfScanV1 } from '../../../tests/support/questionnaires';

type Options = {
  pageId?: string;
  /** the address when it differs from the page shown, e.g. the person navigated while answers loaded */
  path?: string;
  /** render without a page, as the route does while the address names none or answers still load */
  hasNoPage?: boolean;
  answers?: Answers;
  isReadOnly?: boolean;
  write?: () => Promise<void>;
};

function renderFillIn({
  pageId = 'leadership',
  path,
  hasNoPage = false,
  answers = {},
  isReadOnly = false,
  write,
}: Options = {}) {
  const location = memoryLocation({ path: path ?? `/r/${pageId}`, record: true });
  const writeAnswer = vi.fn(write ?? (() => Promise.resolve()));
  const onDownloadUnsaved = vi.fn();
  render(
    <Router hook={location.hook}>
      <FillIn
        questionnaire={selfScanV1}
        answers={answers}
        pageId={hasNoPage ? undefined : pageId}
        itemId={undefined}
        basePath="/r"
        isReadOnly={isReadOnly}
        write={writeAnswer}
        onDownloadUnsaved={onDownloadUnsaved}
        finish={<p>Klaar</p>}
      />
    </Router>,
  );
  return { writeAnswer, onDownloadUnsaved, location };
}

describe('FillIn', () => {
  beforeEach(async () => {
    initI18n('nl');
    await chooseLanguage('nl');
  });
  it('resumes at the first unanswered item when the address names no page', () => {
    // in v1 the role is the last item a respondent answers about themselves; the traits come next
    const { location } = renderFillIn({ path: '/r', hasNoPage: true, answers: { role: 'member' } });
    expect(location.history.at(-1)).toBe('/r/traits/trait_embedded');
  });

  it('does not override a page the person chose before the answers arrived', () => {
    // the address already names a page, but this render still has no page (the late moment)
    const { location } = renderFillIn({ path: '/r/network', hasNoPage: true });
    expect(location.history).toEqual(['/r/network']);
  });

  it('shows the condition page with its explanation and six labelled five-point statements', () => {
    renderFillIn();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Gedeeld leiderschap' }),
    ).toBeInTheDocument();
    const groups = screen.getAllByRole('group');
    expect(groups).toHaveLength(6);
    const first = groups[0]!;
    expect(
      within(first)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('id')),
    ).toHaveLength(6);
    expect(within(first).getByRole('radio', { name: /Helemaal oneens/ })).toBeInTheDocument();
    expect(within(first).getByRole('radio', { name: 'Weet ik niet / n.v.t.' })).toBeInTheDocument();
  });

  it('saves an answer given with the keyboard at once and says so', async () => {
    const user = userEvent.setup();
    const { writeAnswer } = renderFillIn();
    const first = screen.getAllByRole('group')[0]!;
    within(first).getByRole('radio', { name: 'Helemaal oneens' }).focus();
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(writeAnswer).toHaveBeenLastCalledWith('leadership_1', 4);
    expect(within(first).getByRole('radio', { name: 'Eens' })).toBeChecked();
    expect(await screen.findByRole('status')).toHaveTextContent('Opgeslagen');
  });

  it('stores "weet ik niet" as null', async () => {
    const { writeAnswer } = renderFillIn();
    await userEvent.click(
      within(screen.getAllByRole('group')[1]!).getByRole('radio', {
        name: 'Weet ik niet / n.v.t.',
      }),
    );
    expect(writeAnswer).toHaveBeenCalledWith('leadership_2', null);
  });

  it('keeps a failed answer on screen, names the error and offers the answers as a download', async () => {
    const { onDownloadUnsaved } = renderFillIn({
      answers: { leadership_1: 2 },
      write: () => Promise.reject(new Error('QuotaExceededError: the disk is full')),
    });
    const second = screen.getAllByRole('group')[1]!;
    await userEvent.click(within(second).getByRole('radio', { name: 'Helemaal eens' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('QuotaExceededError: the disk is full');
    expect(within(second).getByRole('radio', { name: 'Helemaal eens' })).toBeChecked();
    await userEvent.click(within(alert).getByRole('button', { name: 'Antwoorden downloaden' }));
    expect(onDownloadUnsaved).toHaveBeenCalledWith({ leadership_1: 2, leadership_2: 5 });
  });

  it('says "Opgeslagen" only when the last of two quick answers has landed, and clears the error once a failed answer is saved', async () => {
    const writes: { resolve: () => void; reject: (e: Error) => void }[] = [];
    renderFillIn({
      write: () =>
        new Promise<void>((resolve, reject) => {
          writes.push({ resolve, reject });
        }),
    });
    const groups = screen.getAllByRole('group');
    await userEvent.click(within(groups[0]!).getByRole('radio', { name: 'Eens' }));
    await userEvent.click(within(groups[1]!).getByRole('radio', { name: 'Eens' }));
    await act(async () => writes[0]!.resolve());
    expect(screen.getByRole('status')).toHaveTextContent('Bezig met opslaan…');
    writes[1]!.reject(new Error('disk full'));
    expect(await screen.findByRole('alert')).toHaveTextContent('disk full');
    await userEvent.click(within(groups[1]!).getByRole('radio', { name: 'Oneens' }));
    writes[2]!.resolve();
    expect(await screen.findByText('Opgeslagen')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows progress overall and per page', () => {
    renderFillIn({ answers: { role: 'board', leadership_1: 3, leadership_2: null } });
    expect(screen.getByText('3 van 37 vragen beantwoord')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Onderdelen van de vragenlijst' });
    expect(within(nav).getByRole('link', { name: /Gedeeld leiderschap/ })).toHaveTextContent('2/6');
    expect(within(nav).getByRole('link', { name: /Gedeeld leiderschap/ })).toHaveAttribute(
      'aria-current',
      'step',
    );
  });

  it('lets nothing change in a closed scan', () => {
    renderFillIn({ isReadOnly: true });
    expect(
      screen.getAllByRole('radio').every((radio) => (radio as HTMLInputElement).disabled),
    ).toBe(true);
    expect(
      screen.getByText('Deze scan is afgesloten. Je kunt de antwoorden bekijken, niet veranderen.'),
    ).toBeInTheDocument();
  });

  it('lists unanswered items on the review page, each linking to its question', async () => {
    const answers = Object.fromEntries(
      selfScanV1.items
        .filter((i) => i.scope === 'respondent' && i.id !== 'network_3')
        .map((i) => [i.id, i.type === 'likert5' ? 3 : 'yes']),
    );
    const { location } = renderFillIn({ pageId: 'review', answers });
    expect(screen.getByText(/Nog 1 vraag is niet beantwoord/)).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Open vragen' });
    const item = within(list).getByRole('link');
    expect(item).toHaveTextContent(selfScanV1.items.find((i) => i.id === 'network_3')!.text.nl);
    expect(item.getAttribute('href')).toBe('/r/network/network_3');
    await userEvent.click(item);
    expect(location.history?.at(-1)).toBe('/r/network/network_3');
  });
});
