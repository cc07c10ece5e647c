import type { RoundView } from "./rounds";

export interface HistoryResponse {
  items: RoundView[];
  nextCursor: string | null;
}
