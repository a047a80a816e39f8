import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { Scan } from '../../domain/collective/schema';
import { encodeInvitationCode } from '../../domain/files/invitation-code';
import type { InvitationFile } from '../../domain/files/invitation-file';
import { readSharedFile } from '../../domain/files/shared-file';
import { getScan } from '../../storage/device/scans';
import type { PickedFile } from '../../ui/JsonFilePicker';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { PageTitle } from '../../ui/PageTitle';
import { handOverResponseFiles, takeSharedFiles } from '../../ui/shared-files';
import { useFileErrorText } from '../../ui/useFileErrorText';

type Refusal = { name: string; reason: string };
type Target = { scan: Scan; files: PickedFile[] };
type PickUp = { refusals: Refusal[]; invitation?: InvitationFile; targets: Target[] };

/**
 * Files shared to the installed app (src/app/share-target.ts) land here: an invitation opens the
 * respondent's start, response files the response import of their scan; anything else is refused.
 */
export function SharedFilePage() {
  const { t } = useTranslation();
  const fileErrorText = useFileErrorText();
  const [, navigate] = useLocation();
  const [pickUp, setPickUp] = useState<PickUp | null>(null);
  const isTaken = useRef(false);

  function openInvitation(file: InvitationFile) {
    // the link route checks the questionnaire and opens the scan, exactly as a link would; the
    // `?i=` belongs in the fragment, where wouter's navigate would not put it
    const link = new URL(window.location.href);
    link.hash = `/respond?i=${encodeInvitationCode(file)}`;
    window.location.replace(link.href);
  }

  function openImport({ scan, files }: Target) {
    handOverResponseFiles(scan.id, files);
    navigate(`/scans/${scan.id}`, { replace: true });
  }

  async function sort(files: PickedFile[]): Promise<PickUp> {
    const refusals: Refusal[] = [];
    const targets = new Map<string, Target>();
    let invitation: InvitationFile | undefined;
    for (const picked of files) {
      const refuse = (reason: string) => refusals.push({ name: picked.name, reason });
      if ('error' in picked) {
        refuse(fileErrorText(picked.error));
        continue;
      }
      const read = readSharedFile(picked.text);
      if (read.kind === 'refused') refuse(fileErrorText(read.error));
      else if (read.kind === 'unknown') refuse(t('phones.sharedFile.unknown'));
      else if (read.kind === 'invitation') invitation ??= read.file;
      else {
        const scan = await getScan(read.file.scanId);
        if (!scan) refuse(t('phones.sharedFile.noScan'));
        else if (scan.status !== 'open') refuse(t('phones.scanCodes.closed'));
        else {
          const target = targets.get(scan.id) ?? { scan, files: [] };
          target.files.push(picked);
          targets.set(scan.id, target);
        }
      }
    }
    return { refusals, invitation, targets: [...targets.values()] };
  }

  useEffect(() => {
    if (isTaken.current) return;
    isTaken.current = true;
    void takeSharedFiles()
      .then(sort)
      .then((sorted) => {
        const [onlyTarget, ...otherTargets] = sorted.targets;
        if (sorted.refusals.length === 0 && sorted.invitation && !onlyTarget) {
          openInvitation(sorted.invitation);
        } else if (sorted.refusals.length === 0 && !sorted.invitation && onlyTarget) {
          if (otherTargets.length === 0) openImport(onlyTarget);
          else setPickUp(sorted);
        } else setPickUp(sorted);
      });
  });

  if (pickUp === null) {
    return (
      <section aria-labelledby="page-title">
        <PageTitle>{t('phones.sharedFile.title')}</PageTitle>
        <LoadingStatus label={t('phones.sharedFile.reading')} />
      </section>
    );
  }
  const { refusals, invitation, targets } = pickUp;
  const isEmpty = refusals.length === 0 && !invitation && targets.length === 0;
  return (
    <section aria-labelledby="page-title">
      <PageTitle>{t('phones.sharedFile.title')}</PageTitle>
      {isEmpty ? <p className="notice">{t('phones.sharedFile.nothing')}</p> : null}
      {refusals.length > 0 ? (
        <div role="alert" className="field__error">
          <p>{t('phones.sharedFile.refused', { count: refusals.length })}</p>
          <ul>
            {refusals.map((refusal, index) => (
              <li key={`${index}-${refusal.name}`}>
                <strong className="file-name">{refusal.name}</strong>: {refusal.reason}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {invitation || targets.length > 0 ? (
        <p className="actions">
          {invitation ? (
            <button type="button" className="button" onClick={() => openInvitation(invitation)}>
              {t('phones.sharedFile.openInvitation')}
            </button>
          ) : null}
          {targets.map((target) => (
            <button
              key={target.scan.id}
              type="button"
              className="button"
              onClick={() => openImport(target)}
            >
              {t('phones.sharedFile.importInto', {
                count: target.files.length,
                label: target.scan.label,
              })}
            </button>
          ))}
        </p>
      ) : null}
      <p>
        <Link href="/">{t('phones.sharedFile.home')}</Link>
      </p>
    </section>
  );
}
