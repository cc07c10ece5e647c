import type { HttpRequest } from "@azure/functions";
import { scopeSchema } from "@learning-loop/contract";
import { HttpError } from "../http/problem";
import { parseWith } from "../http/request-body";
import type { Identity, ScopeAccess } from "./identity";
import type { MembershipDirectory } from "./membership";
import type { TokenValidator } from "./token-validator";

export interface Authorizer {
  authenticate(req: HttpRequest): Promise<Identity>;
  /** Authenticates the caller and checks membership of the `{scope}` route parameter. */
  scopeAccess(req: HttpRequest): Promise<ScopeAccess>;
}

export function createAuthorizer(validate: TokenValidator, membership: MembershipDirectory): Authorizer {
  const authenticate = async (req: HttpRequest) => {
    const header = req.headers.get("authorization") ?? "";
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) {
      throw new HttpError(
        401,
        "Sign in: send a Teams SSO token as 'Authorization: Bearer <token>'.",
        undefined,
        {
          "www-authenticate": "Bearer",
        },
      );
    }
    return validate(match[1]);
  };
  return {
    authenticate,
    async scopeAccess(req) {
      const identity = await authenticate(req);
      const scope = parseWith(scopeSchema, req.params.scope ?? "", "scope");
      const role = await membership.roleIn(identity, scope);
      if (!role) throw new HttpError(403, "You are not a member of this team or meeting chat.");
      return { ...identity, scope, role, pk: `${identity.tid}|${scope}` };
    },
  };
}
