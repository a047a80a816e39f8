import { encodeStudyCode } from '../../../domain/research/study/read-study';
import type { StudyFile } from '../../../domain/research/study/study-file';

/** This app's address with the study in the fragment, which browsers never send to a server. */
export function studyLink(study: StudyFile): string {
  const { origin, pathname } = window.location;
  return `${origin}${pathname}#/research/join?s=${encodeStudyCode(study)}`;
}

/** A file name for the study's invitation file, from its name. */
export function studyFileName(study: StudyFile): string {
  const slug = study.name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return `onderzoek-${slug || 'studie'}.json`;
}
