import type { CurrentPulseResponse, PulseScores, PulseView } from "@learning-loop/contract";
import { callApi, scopePath } from "../api/api-client";

/** The pulse's routes, in one place for the side panel and Insights. */
export const pulsePaths = (scope: string) => {
  const base = scopePath(scope);
  return {
    current: `${base}/pulse`,
    start: `${base}/pulses`,
    results: `${base}/pulses/results`,
    response: (id: string) => `${base}/pulses/${encodeURIComponent(id)}/response`,
  };
};

export async function loadCurrentPulse(scope: string): Promise<CurrentPulseResponse | null> {
  return (await callApi<CurrentPulseResponse>(pulsePaths(scope).current)).data ?? null;
}

export async function startPulse(scope: string): Promise<PulseView | undefined> {
  const result = await callApi<PulseView>(pulsePaths(scope).start, {
    method: "POST",
    body: { id: crypto.randomUUID() },
  });
  return result.data;
}

export async function sendPulse(scope: string, pulseId: string, scores: PulseScores): Promise<void> {
  await callApi(pulsePaths(scope).response(pulseId), { method: "PUT", body: { scores } });
}
