import { useScreeningWords } from './useScreeningWords';

/** A score the file states that re-scoring does not give: shown beside the checked one, marked. */
export function StatedScore({ stated }: { stated: number | null }) {
  const words = useScreeningWords();
  return <span className="stated-score">{words.statedScore(stated)}</span>;
}
