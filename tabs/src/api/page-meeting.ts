/** The meeting the page runs in (side panel or stage), set once the Teams context is known. */
let pageMeeting: string | null = null;

export function setPageMeeting(meetingId: string | null): void {
  pageMeeting = meetingId;
}

export const currentPageMeeting = (): string | null => pageMeeting;
