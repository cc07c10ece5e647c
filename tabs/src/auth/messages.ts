export const auth = {
  "problem.signIn.title": "Sign in to continue",
  "problem.signIn.body":
    "Learning Loop needs your permission to use your Teams sign-in. Sign in to give it; the app then loads.",
  "problem.signIn.action": "Sign in",
  "problem.signIn.busy": "Signing in…",
  "problem.signIn.failed": "Sign-in did not finish ({reason}). Try again.",
  "problem.noAccess.title": "You don't have access to this team or chat",
  "problem.noAccess.body":
    "Learning Loop shows a team's learning only to its members. Ask a team owner or the meeting organizer to add you, then open the app again.",
  "problem.notOnboarded.title": "Learning Loop isn't set up for your organization",
  "problem.notOnboarded.body":
    "Your organization hasn't installed Learning Loop yet. Ask your Teams administrator to add the app, then try again.",
  "problem.unavailable.title": "Learning Loop can't be reached right now",
  "problem.unavailable.body": "The service is busy or unavailable. Try again in a moment.",
  "problem.generic.title": "Something went wrong",
  "problem.retry": "Try again",
  "problem.text.network": "The connection failed. Check it and try again.",
  "problem.text.invalid": "That was not accepted. Check what you entered and try again.",
  "problem.text.forbidden": "You can't do that here. Ask a team owner if you need it.",
  "problem.text.notFound": "This is no longer there. It may have been deleted; reload to see what is.",
  "problem.text.conflict": "That clashes with a change made in the meantime. Reload and try again.",
  "problem.text.stale": "Someone changed this a moment ago. Reload and try again.",
  "problem.text.tooLarge": "That is too long to send. Shorten it and try again.",
  "problem.text.other": "Something went wrong. Try again in a moment.",
  "auth.page.title": "Learning Loop sign-in",
  "auth.page.working": "Signing in…",
  "auth.page.done": "Signed in. You can close this window.",
  "auth.page.failed": "Sign-in did not finish: {reason}",
  "auth.page.outsideTeams":
    "This page is part of Learning Loop's sign-in and only works when Teams opens it.",
} as const;
