/**
 * Generated from the OpenAPI document by `npm run openapi:client` (scripts/openapi.js): do not edit.
 * npm test fails when it is stale.
 */

export interface paths {
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** PostgreSQL and Redis reachable: 200; otherwise 503 (problem+json `/problems/unhealthy`, each part's state in `details`). */
    get: operations['HealthController_check'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Signs in. `session: "bearer"` (default) answers an access token and a refresh token;
     *     `session: "cookie"` sets an HttpOnly session cookie and answers the CSRF token. An account with
     *     two-factor sign-in on needs `totpCode` too: without it 401 `totp-required`, wrong or already
     *     used 401 `totp-invalid` (a wrong password is the plain 401 first).
     */
    post: operations['AccountsController_login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ends this session: its cookie, access and refresh tokens stop working at once. */
    post: operations['AccountsController_logout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My account; with a cookie session, the CSRF token to send on changes. */
    get: operations['AccountsController_me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/auth/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Changes the password; the account's other sessions end. */
    post: operations['AccountsController_changePassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/auth/password-reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** E-mails a reset link if an account has this address: 202 either way. */
    post: operations['AccountsController_requestPasswordReset'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/auth/password-reset/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sets a new password with the reset link's token; every session of the account ends. */
    post: operations['AccountsController_confirmPasswordReset'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/auth/refresh': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A new access token from the refresh token of a bearer session still open. */
    post: operations['AccountsController_refresh'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/auth/sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My open sessions (browsers and API clients), the current one marked. */
    get: operations['AccountsController_sessionsList'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/auth/sessions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Ends one of my sessions. */
    delete: operations['AccountsController_endSession'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/auth/signup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Creates an account, signed in at once (bearer tokens); a link to verify the address is e-mailed. */
    post: operations['AccountsController_signup'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/auth/sso/{slug}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The organization's sign-in buttons (its enabled identity providers). */
    get: operations['SsoController_buttons'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/auth/sso/{slug}/{providerId}/start': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Sends the browser to the provider (PKCE S256, state and nonce); `returnTo`: a path of this site. */
    get: operations['SsoController_start'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/auth/sso/callback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The callback every provider sends the browser back to (register it at the provider). */
    get: operations['SsoController_callback'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/auth/totp/disable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Turns two-factor sign-in off: the password, and a code of the app or a recovery code. */
    post: operations['TwoFactorController_disable'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/auth/totp/enable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Turns two-factor sign-in on with the code the app shows: from now on signing in takes it too.
     *     Answers ten recovery codes, this once: keep them somewhere safe.
     */
    post: operations['TwoFactorController_enable'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/auth/totp/recovery-codes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ten new recovery codes, shown this once; the former ones stop working. */
    post: operations['TwoFactorController_renewRecoveryCodes'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/auth/totp/setup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A new secret for an authenticator app (its `otpauth://` URL to show as a QR code), pending
     *     until `totp/enable` confirms a code of it. 409 when two-factor sign-in is already on.
     */
    post: operations['TwoFactorController_setup'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/auth/verify-email': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirms the address with the token of the link e-mailed at sign-up. */
    post: operations['AccountsController_verifyEmail'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/auth/verify-email/resend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** E-mails the verification link again. */
    post: operations['AccountsController_resendVerification'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/ballot-box': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The resolutions a voting code may vote on now, in its assembly, with whether each was voted.
     *     The code travels in a header, never in the URL. Ballots go to
     *     `POST /v1/orgs/{slug}/resolutions/{id}/ballots` with the same header.
     */
    get: operations['BallotBoxController_ballotBox'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/calendar/{file}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A member's calendar feed, by its secret address (`GET /v1/orgs/{slug}/my/calendar`); 404 once reset. */
    get: operations['CalendarFeedController_feed'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/invitations/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accepts an invitation with its link's token, signed in with the verified address it was sent to. */
    post: operations['InvitationsController_accept'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The organizations you hold a role in. */
    get: operations['OrganizationsController_list'];
    put?: never;
    /** Creates an organization; you become its admin. */
    post: operations['OrganizationsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /** The organization, and your role in it. */
    get: operations['OrganizationsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Changes the organization's settings (never its slug). */
    patch: operations['OrganizationsController_update'];
    trace?: never;
  };
  '/v1/orgs/{slug}/accounting/settings': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /** The account numbers and journal code of the share-capital journal (the defaults where none is set). */
    get: operations['RegisterController_accounting'];
    /** The organization's own account numbers and journal code for the share-capital journal. */
    put: operations['RegisterController_setAccounting'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/api-tokens': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /** The organization's API tokens (not revoked), without their secret. */
    get: operations['ApiTokensController_list'];
    put?: never;
    /** Creates an API token for another platform; its secret is in this answer only. */
    post: operations['ApiTokensController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/api-tokens/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revokes an API token: it stops working at once. */
    delete: operations['ApiTokensController_revoke'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/assemblies': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /**
     * The assemblies.
     * @description API tokens: with the scope `assemblies:read`.
     */
    get: operations['AssembliesController_list'];
    put?: never;
    /** A general assembly (ordinary or extraordinary): how its votes are weighted, secret or not, proxies. */
    post: operations['AssembliesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/assemblies/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /**
     * An assembly.
     * @description API tokens: with the scope `assemblies:read`.
     */
    get: operations['AssembliesController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Changes an assembly's settings while none of its resolutions has opened. */
    patch: operations['AssembliesConsoleController_updateAssembly'];
    trace?: never;
  };
  '/v1/orgs/{slug}/assemblies/{id}/calendar.ics': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /**
     * The assembly as a calendar (iCalendar, UTC): an event for it and one per resolution, opening to closing.
     * @description API tokens: with the scope `assemblies:read`.
     */
    get: operations['CalendarController_assembly'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/assemblies/{id}/convocations': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Convenes the assembly: a background job e-mails each active member who consented (when the
     *     organization convenes by e-mail) the agenda, how to vote and the convocation letter (PDF), once
     *     per member — posting again reaches only members not reached yet. A member without an account
     *     gets their personal voting code in the e-mail (a link `{PUBLIC_URL}/vote#code=…`), issued by the
     *     job: no answer to an administrator ever contains a code. The others are in `postal.csv` and
     *     `letters.pdf`. Follow the job at `GET /v1/orgs/{slug}/jobs/{jobId}`.
     */
    post: operations['ConvocationsController_convene'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/assemblies/{id}/convocations/letters.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /**
     * The postal convocation letters, one per member (address placed for a window envelope), up to
     *     200 per file: `offset` gives the next ones; `X-Total-Count` says how many there are in all. A
     *     member without an account finds their voting code in their letter: each download is audited.
     */
    get: operations['ConvocationsController_letters'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/assemblies/{id}/convocations/postal.csv': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /** The active members to convene by post, with their postal address (French spreadsheet CSV: BOM, `;`, CRLF). */
    get: operations['ConvocationsController_postalCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/assemblies/{id}/members/{memberId}/voting-code': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Issues a member a new voting code for the assembly and revokes their old one at once (nobody
     *     else's): a job e-mails it to them, or, for a member convened by post, their letter
     *     (`letters.pdf?memberId=`) prints it. The code is never in this answer.
     */
    post: operations['VotingCodesController_reissue'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/assemblies/{id}/minutes-details': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /** What the bureau recorded for the minutes: meeting date, bureau, documents submitted, debates. */
    get: operations['MinutesController_details'];
    /**
     * Records what the minutes of an assembly must say besides its votes (C. com. R225-106): the
     *     meeting date, the bureau (chair, secretary, scrutineers), the documents and reports submitted
     *     and a summary of the debates. The next minutes drawn carry them.
     */
    put: operations['MinutesController_setDetails'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/assemblies/{id}/minutes.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /** The minutes of every closed resolution of an assembly in one document; 409 while none has closed. */
    get: operations['MinutesController_assembly'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/assemblies/{id}/proxies': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /** The proxies given for an assembly (a member sees those they gave or hold). */
    get: operations['AssembliesController_proxies'];
    put?: never;
    /** A member gives a proxy (an admin records a paper one); the holder's cap is checked. */
    post: operations['AssembliesController_grantProxy'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/assemblies/{id}/readiness': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /**
     * The checklist before the assembly's votes open: resolutions on the agenda, usable colleges and
     *     no eligible member outside them (college-weighted votes), an electorate, the legal notice
     *     period, the convocation sent — each with what is wrong and how to fix it.
     */
    get: operations['ReadinessController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/assemblies/{id}/resolutions': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /**
     * The resolutions of an assembly, in their order.
     * @description API tokens: with the scope `assemblies:read`.
     */
    get: operations['AssembliesController_resolutions'];
    put?: never;
    /** Adds a resolution (or an election, with candidates and seats); it opens and closes on time by itself. */
    post: operations['AssembliesController_addResolution'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/audit': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /** The organization's audit trail, newest first. */
    get: operations['AuditController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/campaigns': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /**
     * The campaigns, filtered by status; a member sees the open ones.
     * @description API tokens: with the scope `funding:read`.
     */
    get: operations['CampaignsController_list'];
    put?: never;
    /**
     * A new campaign, `draft` until opened.
     * @description API tokens: with the scope `funding:write`.
     */
    post: operations['CampaignsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/campaigns/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /**
     * The campaign and its figures: pledged, raised, contributors, progress by week; a member reads open ones.
     * @description API tokens: with the scope `funding:read`.
     */
    get: operations['CampaignsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/campaigns/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Closes now (or at `closedOn`): succeeded, failed (all or nothing: settled) or closed. The daily job does it the day after `endsOn`.
     * @description API tokens: with the scope `funding:write`.
     */
    post: operations['CampaignsController_close'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/campaigns/{id}/contributions': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /**
     * The contributions to a campaign, filtered by status and kind.
     * @description API tokens: with the scope `funding:read`.
     */
    get: operations['CampaignsController_contributionsOf'];
    put?: never;
    /**
     * A pledge from a member (`memberId`) or from someone else (`contributor`); a member pledges in
     *     their own name. Honours `Idempotency-Key`.
     * @description API tokens: with the scope `funding:write`.
     */
    post: operations['CampaignsController_contribute'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/campaigns/{id}/ledger': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /**
     * The campaign ledger: every pledge, payment, refund and cancellation.
     * @description API tokens: with the scope `funding:read`.
     */
    get: operations['CampaignsController_ledger'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/campaigns/{id}/open': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Opens a draft campaign to contributions.
     * @description API tokens: with the scope `funding:write`.
     */
    post: operations['CampaignsController_open'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/capital': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /**
     * The capital statement at the end of a day: per class and per college, and the floor.
     * @description API tokens: with the scope `shares:read`.
     */
    get: operations['RegisterController_capital'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/capital.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /** The capital statement at the end of `at`: the figures of `GET capital?at=`, per class and college, and the floor. */
    get: operations['CertificatesController_capital'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/charters': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /**
     * Every published version, newest first within each kind; `current` marks the one in force.
     * @description API tokens: with the scope `registry:read`.
     */
    get: operations['ChartersController_list'];
    put?: never;
    /** Publishes a new version of the charter, the statutes or the internal rules. */
    post: operations['ChartersController_publish'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/charters/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /**
     * A version, with its text.
     * @description API tokens: with the scope `registry:read`.
     */
    get: operations['ChartersController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/charters/{id}/pending': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /** Members who have not accepted this version yet. */
    get: operations['ChartersController_pending'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/colleges': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /**
     * The colleges, and whether their weights may be used for a vote.
     * @description API tokens: with the scope `registry:read`.
     */
    get: operations['CollegesController_list'];
    put?: never;
    /** Adds a voting college; the set is checked where it is used (see `valid`). */
    post: operations['CollegesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/colleges/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Renames a college or changes its voting weight. */
    patch: operations['CollegesController_update'];
    trace?: never;
  };
  '/v1/orgs/{slug}/contributions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /**
     * A contribution; a member reads their own only.
     * @description API tokens: with the scope `funding:read`.
     */
    get: operations['CampaignsController_contribution'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/contributions/{id}/admit': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The board admits the contributor of a share subscription: the money waiting in 4563 becomes capital.
     * @description API tokens: with the scope `funding:write`.
     */
    post: operations['CampaignsController_admit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/contributions/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Cancels a pledge with no money received (its subscription, for shares). Honours `Idempotency-Key`.
     * @description API tokens: with the scope `funding:write`.
     */
    post: operations['CampaignsController_cancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/contributions/{id}/payments': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Money received: the whole amount due unless the pledge allows partial payments. Honours `Idempotency-Key`.
     * @description API tokens: with the scope `funding:write`.
     */
    post: operations['CampaignsController_pay'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/contributions/{id}/receipt.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /**
     * Reçu de contribution: what was pledged, received and refunded.
     * @description API tokens: with the scope `funding:read`.
     */
    get: operations['CampaignsController_receipt'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/contributions/{id}/refund': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The money received goes back (donation, fee, or shares not yet issued). Honours `Idempotency-Key`.
     * @description API tokens: with the scope `funding:write`.
     */
    post: operations['CampaignsController_refund'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/contributions/{id}/refuse': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The board refuses the contributor of a share subscription: what was paid goes back.
     * @description API tokens: with the scope `funding:write`.
     */
    post: operations['CampaignsController_refuse'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/contributions/{id}/tax-receipt.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /** Reçu fiscal (cerfa 11580) for a donation, where the organization may issue it (never a SCIC or SCOP: 422). */
    get: operations['CampaignsController_taxReceipt'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/contributions/given': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /** Pooled funding: what this organization gave to campaigns hosted by others. */
    get: operations['CampaignsController_given'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/contributions/given/{id}/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Pooled funding: confirms that this organization gave what a host recorded in its name; from then on it counts in `given`. */
    post: operations['CampaignsController_confirmGiven'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/contributions/given/{id}/refuse': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Pooled funding: this organization did not give it; the host sees `refused` and it leaves this list. */
    post: operations['CampaignsController_refuseGiven'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/conversions': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Converts shares of one class into shares of another of equal nominal value. */
    post: operations['TransfersController_convert'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/dashboard': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /** The console's first page: capital and its floor, capital over 12 months, members by status and college, what waits for an admin. */
    get: operations['DashboardController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/documents': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /** The documents the organization issued (certificates, receipts, minutes, statements), newest first. */
    get: operations['DocumentRegistryController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/documents/annual-certificates': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Issues a share certificate at `at` for every member holding shares then and e-mails it to
     *     those who consented to e-mail, once per member and year; follow it at `GET jobs/{jobId}`.
     */
    post: operations['CertificatesController_annualCertificates'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/export': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Starts a full export of the organization (docs/portability.md): a job builds a zip of JSON and
     *     CSV files with their schema, the ledger with its hashes and a manifest of checksums and figures.
     *     It holds every member's personal data: admins only, or a token with `exports:read`. The job's
     *     `result.download` is where to fetch the zip. 409 while a vote is open (ballots stay here).
     * @description API tokens: with the scope `exports:read`.
     */
    post: operations['PortabilityController_export'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/export/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /**
     * The zip of a finished export (409 while its job runs).
     * @description API tokens: with the scope `exports:read`.
     */
    get: operations['PortabilityController_file'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/exports/capital.csv': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /**
     * The capital statement at the end of a day (today by default): per class, per college, total,
     *     and the head of the ledger's hash chain (its last lines).
     * @description API tokens: with the scope `exports:read`.
     */
    get: operations['ExportsController_capitalCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/exports/contributions.csv': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /**
     * The contributions ledger for the accountant (French spreadsheet CSV): every pledge, payment, refund and cancellation with its journal entry.
     * @description API tokens: with the scope `funding:read`.
     */
    get: operations['CampaignsController_csv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/exports/fec': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /**
     * Journal entries in FEC format for import into the co-op's accounting software: the share-capital
     *     and donation journals of a fiscal year (`year=2025` or its closing date), in the LPF art. A47 A-1
     *     layout, named `{SIREN}FEC{closing}.txt`, ISO-8859-15 by default. Not the company's FEC: its
     *     accounting software produces that from all its journals. For a closed year the first download is
     *     recorded by its SHA-256; later ones carry the recorded hash in `X-Fec-Sha256` and must give the
     *     same bytes. The FEC's fixed 18 columns leave no room for the ledger's chain head: it comes in
     *     `X-Ledger-Sequence` and `X-Ledger-Hash`, and is recorded in the audit log.
     * @description API tokens: with the scope `exports:read`.
     */
    get: operations['ExportsController_fecFile'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/exports/fec/history': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /**
     * The FEC-format exports of closed years recorded, with their hashes.
     * @description API tokens: with the scope `exports:read`.
     */
    get: operations['ExportsController_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/exports/fec/validate': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Runs our validator of the FEC format on the file of that year: balance, numbering, dates, format.
     * @description API tokens: with the scope `exports:read`.
     */
    post: operations['ExportsController_validate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/exports/fec/verify': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /**
     * Regenerates the FEC-format file of a year without sending it and compares its hash with the recorded one.
     * @description API tokens: with the scope `exports:read`.
     */
    get: operations['ExportsController_verify'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/exports/journal.csv': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /**
     * The same journals (share capital, donations) of a fiscal year as a CSV in the layout the
     *     accounting software imports: `columns`, `separator`, `decimal`, `dateFormat`, `bom`.
     * @description API tokens: with the scope `exports:read`.
     */
    get: operations['ExportsController_journalCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/exports/ledger.csv': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /**
     * The ledger of movements (registre des mouvements de titres), French spreadsheet CSV.
     * @description API tokens: with the scope `exports:read`.
     */
    get: operations['ExportsController_ledgerCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/exports/ledger.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /**
     * The same ledger as an Excel workbook (sheet "Registre").
     * @description API tokens: with the scope `exports:read`.
     */
    get: operations['ExportsController_ledgerXlsx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/exports/register.csv': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /**
     * The members holding shares at the end of a day, with their shares per class and capital.
     * @description API tokens: with the scope `exports:read`.
     */
    get: operations['ExportsController_registerCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/external-refs/{platform}/{externalId}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /**
     * The member a platform's id stands for (404 when none).
     * @description API tokens: with the scope `registry:read`.
     */
    get: operations['ExternalRefsController_find'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/fiscal-years': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /**
     * The fiscal years, open and closed.
     * @description API tokens: with the scope `shares:read`.
     */
    get: operations['RegisterController_years'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/fiscal-years/{endOn}/close': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Closes (and locks) the fiscal year ending on that date, e.g. `fiscal-years/2025-12-31/close`. */
    post: operations['RegisterController_close'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/funding/settings': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /**
     * Whether the organization may issue tax receipts, and what they print.
     * @description API tokens: with the scope `funding:read`.
     */
    get: operations['CampaignsController_settings'];
    /** Tax-receipt eligibility (associations of general interest only), the association's object and signatory. */
    put: operations['CampaignsController_setSettings'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/identity-providers': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /** The organization's providers, with the redirect URI to register at them. */
    get: operations['IdentityProvidersController_list'];
    put?: never;
    /** Trusts an OpenID Connect provider; its discovery document is read first. The secret is never answered. */
    post: operations['IdentityProvidersController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/identity-providers/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /** One provider, without its client secret. */
    get: operations['IdentityProvidersController_get'];
    put?: never;
    post?: never;
    /** Stops trusting the provider; the links of its people to their accounts go with it. */
    delete: operations['IdentityProvidersController_remove'];
    options?: never;
    head?: never;
    /** Renames, disables, or changes the issuer, client id or secret (checked against the provider again). */
    patch: operations['IdentityProvidersController_update'];
    trace?: never;
  };
  '/v1/orgs/{slug}/import': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Imports a portable export (the zip, `Content-Type: application/zip`) into this organization,
     *     which must hold no data yet (409 otherwise). A job checks the whole file — checksums, the
     *     ledger's chain, columns — before writing anything, then writes it in one transaction; a
     *     tampered or unreadable file fails the job with a 422 problem naming the file and row.
     */
    post: operations['PortabilityController_import'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /** The pending invitations. */
    get: operations['InvitationsController_list'];
    put?: never;
    /** Invites an e-mail address to a role (and a member record); the link is e-mailed. */
    post: operations['InvitationsController_invite'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/invitations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Withdraws a pending invitation: its link stops working. */
    delete: operations['InvitationsController_revoke'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/invitations/{id}/resend': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sends an invitation again with a new link; the former link stops working. */
    post: operations['InvitationsController_resend'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/jobs/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /** Status and progress of a background job this organization started. */
    get: operations['JobsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/ledger': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /**
     * The register of movements, in sequence order; a member sees only their own.
     * @description API tokens: with the scope `shares:read`.
     */
    get: operations['RegisterController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/ledger/reversals': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Corrects the register by reversing an operation's movements (never by changing them). */
    post: operations['RegisterController_reverse'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/ledger/verify': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /**
     * Re-verifies the whole hash chain against every head published on statements and exports (and
     *     `sequence` + `hash`, read off one); reports the first broken link or contradicted head.
     * @description API tokens: with the scope `shares:read`.
     */
    get: operations['RegisterController_verify'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/members': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /**
     * Members, sorted by name; a member-role user sees only their own record.
     * @description API tokens: with the scope `registry:read`.
     */
    get: operations['MembersController_list'];
    put?: never;
    /**
     * Registers an applicant (admission comes later).
     * @description API tokens: with the scope `registry:write`.
     */
    post: operations['MembersController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/members/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /**
     * A member record; a member-role user reads only their own.
     * @description API tokens: with the scope `registry:read`.
     */
    get: operations['MembersController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Changes a member's details (their status changes through admit, resign, exclude and decease).
     *     A member changes their own contact details and e-mail consent; their identity, college and
     *     references stay with the co-op.
     * @description API tokens: with the scope `registry:write`.
     */
    patch: operations['MembersController_update'];
    trace?: never;
  };
  '/v1/orgs/{slug}/members/{id}/acceptances': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /**
     * The charter versions this member accepted, and how.
     * @description API tokens: with the scope `registry:read`.
     */
    get: operations['MembersController_acceptances'];
    put?: never;
    /** Records the acceptance of a charter version (a member accepts for themselves, today). */
    post: operations['MembersController_accept'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/members/{id}/admit': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Admits an applicant: status active and the next membership number.
     * @description API tokens: with the scope `registry:write`.
     */
    post: operations['MembersController_admit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/members/{id}/certificate.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /**
     * Attestation de détention de parts sociales: the member, their membership, the shares held per
     *     class at the end of `at` (today by default) and the capital subscribed, called and paid, with
     *     the statement of variable capital. A member reads their own only.
     */
    get: operations['CertificatesController_certificate'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/members/{id}/decease': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Records a member's death: the membership ends that day.
     * @description API tokens: with the scope `registry:write`.
     */
    post: operations['MembersController_decease'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/members/{id}/erase': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Erases a departed member's personal data once the retention period is over; the record
     *     stays, pseudonymised, so the share register keeps every movement.
     */
    post: operations['MembersController_erase'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/members/{id}/exclude': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Records an exclusion decided by the cooperative, effective at a date.
     * @description API tokens: with the scope `registry:write`.
     */
    post: operations['MembersController_exclude'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/members/{id}/external-refs/{platform}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    get?: never;
    /**
     * Sets the member's id on another platform (one per platform; 409 if another member has it there).
     * @description API tokens: with the scope `registry:write`.
     */
    put: operations['ExternalRefsController_set'];
    post?: never;
    /**
     * Removes the member's id on that platform.
     * @description API tokens: with the scope `registry:write`.
     */
    delete: operations['ExternalRefsController_remove'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/members/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /**
     * Every change to this member: who, when, what.
     * @description API tokens: with the scope `registry:read`.
     */
    get: operations['MembersController_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/members/{id}/holdings': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /**
     * What a member held at the end of a day (today by default).
     * @description API tokens: with the scope `shares:read`.
     */
    get: operations['RegisterController_holdings'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/members/{id}/personal-data': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /** Everything Socius holds on this member (GDPR art. 15 and 20), as JSON. */
    get: operations['MembersController_personalData'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/members/{id}/resign': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Records a resignation, effective at a date (resigning until then, then resigned).
     * @description API tokens: with the scope `registry:write`.
     */
    post: operations['MembersController_resign'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/members/{id}/tax-certificate.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /**
     * État individuel IR-PME (CGI art. 199 terdecies-0 A): the year's payments towards issued shares.
     *     Natural persons only (a legal entity is 422), and 422 when the year holds no such payment.
     */
    get: operations['CertificatesController_taxCertificate'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/members/erase-due': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Erases the personal data of every departed member whose retention period is over. */
    post: operations['MembersController_eraseDue'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/members/export.csv': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /**
     * The register as CSV for French spreadsheets (UTF-8 with BOM, `;`, CRLF).
     * @description API tokens: with the scope `registry:read`.
     */
    get: operations['MembersController_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/members/import': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Imports members from CSV (`;` or `,`, UTF-8 with or without BOM), columns
     *     externalRef;kind;firstName;lastName;companyName;email;collegeCode (then optionally eConsent,
     *     phone, addressLine1, addressLine2, postalCode, city, country, siren, legalRepresentative).
     *     All rows or none: a 400 lists every bad row and field. A known externalRef updates its member.
     *     With `?async=true`, `Prefer: respond-async`, or a file over IMPORT_SYNC_MAX_BYTES (5 MB), the
     *     file is staged and imported by a job: 202, `Location: /v1/orgs/{slug}/jobs/{id}`, `{ jobId }`;
     *     the job's `result` is this route's 200 answer, or `{ problem }` (its 400) when it failed.
     *     With `?dryRun=true` every row is validated (and written, then rolled back) in the request: the
     *     same 200 report with `dryRun: true`, or the same 400, and nothing changes.
     */
    post: operations['MembersController_import'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/members/scic-categories': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /**
     * A SCIC's categories of associates among its active members, and what the law asks that is missing
     *     (loi 47-1775 art. 19 septies: three categories, employees and beneficiaries among them).
     * @description API tokens: with the scope `registry:read`.
     */
    get: operations['MembersController_scicCategories'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/my/ballots': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /** My ballots (a secret one shows only that I voted: keep its receipt). */
    get: operations['ResolutionsController_myBallots'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/my/calendar': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /**
     * Your personal calendar feed: a secret address a calendar app subscribes to, listing the
     *     organization's assemblies and resolutions (made on first asking; 404 without a member record here).
     */
    get: operations['CalendarController_myFeed'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/my/calendar/reset': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A new address for your feed: the old one stops answering at once. */
    post: operations['CalendarController_resetMyFeed'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/my/contributions': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /** My contributions (the member linked to my account), to every campaign of this organization, with their instalments' parents. */
    get: operations['CampaignsController_mine'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/my/proxies': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /** Proxies I gave or hold. */
    get: operations['ResolutionsController_myProxies'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/my/resolutions': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /** The open resolutions I can vote on, for myself or by proxy. */
    get: operations['ResolutionsController_myResolutions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/payments/account': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /** The payment provider account, if one is set up (its client secret is never shown). */
    get: operations['PaymentsController_account'];
    /**
     * Sets the payment provider account up or changes it. The provider is asked for a token first:
     *     credentials it refuses are a 400 on `clientSecret`.
     */
    put: operations['PaymentsController_saveAccount'];
    post?: never;
    /** No payment by card any more; checkouts already started are still confirmed. */
    delete: operations['PaymentsController_removeAccount'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/payments/checkouts': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /**
     * The last 100 checkouts, unmatched ones with what went wrong.
     * @description API tokens: with the scope `funding:read`.
     */
    get: operations['PaymentsController_checkouts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/payout-batches': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /** Payout files, the latest first. */
    get: operations['PayoutBatchesController_list'];
    put?: never;
    /**
     * A SEPA payout file for approved redemptions whose value is final (the fiscal year of their
     *     effective date closed, loi 47-1775 art. 18) and that are due by `executionOn`. They are marked
     *     paid and booked (D 4567 / C 512); no other file can include them unless this one is cancelled.
     */
    post: operations['PayoutBatchesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/payout-batches/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /** A payout file: its message id, status, totals and the redemptions it pays. */
    get: operations['PayoutBatchesController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/payout-batches/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancels a file the bank did not execute: its redemptions are unpaid again, the booking reversed. */
    post: operations['PayoutBatchesController_cancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/payout-batches/{id}/file': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /** The file as it was issued, byte for byte. */
    get: operations['PayoutBatchesController_file'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/proxies/{id}/revoke': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Withdraws a proxy (the grantor, or an admin); revoking it again changes nothing. */
    post: operations['ResolutionsController_revoke'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/redemptions': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /**
     * Redemptions, filtered by member or status; a member sees only their own.
     * @description API tokens: with the scope `shares:read`.
     */
    get: operations['RedemptionsController_list'];
    put?: never;
    /**
     * A request to take shares back, effective at the fiscal year end unless a date is given; a
     *     member asks for their own (the co-op sets the date).
     * @description API tokens: with the scope `shares:write`.
     */
    post: operations['RedemptionsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/redemptions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /**
     * A redemption, with its place in the queue when it waits; a member reads only their own.
     * @description API tokens: with the scope `shares:read`.
     */
    get: operations['RedemptionsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/redemptions/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Approves, or queues (`status: waiting`, with the reason) when the capital floor stands in the way.
     * @description API tokens: with the scope `shares:write`.
     */
    post: operations['RedemptionsController_approve'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/redemptions/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Withdraws a request not yet approved (pending or waiting).
     * @description API tokens: with the scope `shares:write`.
     */
    post: operations['RedemptionsController_cancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/redemptions/{id}/payout': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Records that the member (or the heirs) were paid. */
    post: operations['RedemptionsController_payout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/redemptions/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The board refuses the redemption (pending or waiting).
     * @description API tokens: with the scope `shares:write`.
     */
    post: operations['RedemptionsController_reject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/redemptions/sepa': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A SEPA credit-transfer file (pain.001.001.03) paying approved redemptions whose value is final
     *     and that are due: recorded as a payout batch (`X-Payout-Batch-Id`), as `POST payout-batches` does.
     */
    post: operations['RedemptionsController_sepa'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/reports/capital': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** E-mails the capital statement at the end of a month to every accountant (as the monthly job does). */
    post: operations['CapitalReportController_capital'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/resolutions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /**
     * A resolution: its text, majority, quorum, schedule and status.
     * @description API tokens: with the scope `assemblies:read`.
     */
    get: operations['ResolutionsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Changes a draft resolution: text, majority, quorum, times. */
    patch: operations['AssembliesConsoleController_updateResolution'];
    trace?: never;
  };
  '/v1/orgs/{slug}/resolutions/{id}/ballots': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Casts a ballot as a member: signed in (bearer token or session cookie) with an account linked to
     *     a member, or with the header `X-Voting-Code`. Answers the receipt (keep it) — 409 for a second ballot, 403 for a member
     *     not on the electorate.
     */
    post: operations['ResolutionsController_cast'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/resolutions/{id}/calendar.ics': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /**
     * The resolution as a calendar event (iCalendar, UTC), from its opening to its closing.
     * @description API tokens: with the scope `assemblies:read`.
     */
    get: operations['CalendarController_resolution'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/resolutions/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Closes the vote now: counted, sealed, published. */
    post: operations['ResolutionsController_close'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/resolutions/{id}/minutes.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /**
     * The minutes (procès-verbal) of a closed resolution, with its attendance sheet; 409 before it
     *     closes. Issued once (numbered, registered, verification code printed), then served as stored.
     */
    get: operations['MinutesController_resolution'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/resolutions/{id}/open': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Opens the vote now (before its time): the electorate is fixed at this instant. */
    post: operations['ResolutionsController_open'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/resolutions/{id}/participation': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /**
     * Who has voted (the attendance sheet): counts by college and the voters' names, read from the
     *     participations — never a choice, never a count of choices, whether the ballot is secret or not.
     */
    get: operations['AssembliesConsoleController_participation'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/resolutions/{id}/reminders': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reminds the electors of an open vote who have not voted yet (e-mail and consent), once per
     *     member; the same reminders go out by themselves 48 hours before closing. 409 unless open.
     */
    post: operations['ResolutionNoticesController_remind'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/resolutions/{id}/result-notices': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * E-mails the results of a closed vote to its electors (e-mail and consent), once per member;
     *     they also go out by themselves within minutes of closing. 409 unless closed.
     */
    post: operations['ResolutionNoticesController_notifyResults'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/resolutions/{id}/results': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /**
     * Counts, per college, weighted percent, quorum and outcome (a secret ballot: after closing only).
     * @description API tokens: with the scope `assemblies:read`.
     */
    get: operations['ResolutionsController_results'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/resolutions/{id}/second-convocation': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Puts a resolution that failed its quorum again, with the second-convocation quorum. */
    post: operations['ResolutionsController_secondConvocation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/resolutions/{id}/verify': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Whether the ballot of this receipt was counted (in the sealed box, with the Merkle path to the
     *     seal), and its choice — shown to the holder of the receipt only. The receipt goes in the body,
     *     never in a URL; a receipt of no ballot here is a 404.
     */
    post: operations['ResolutionsController_verify'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/share-classes': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /**
     * The share classes.
     * @description API tokens: with the scope `shares:read`.
     */
    get: operations['ShareClassesController_list'];
    put?: never;
    /** A class of shares: its nominal value (fixed for good), the minimum and maximum a member holds. */
    post: operations['ShareClassesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/share-classes/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /**
     * A share class, by its code.
     * @description API tokens: with the scope `shares:read`.
     */
    get: operations['ShareClassesController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Name, minimum, maximum, colleges and instalments; never the nominal value. */
    patch: operations['ShareClassesController_update'];
    trace?: never;
  };
  '/v1/orgs/{slug}/share-register/opening': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Brings in an existing register (CSV: externalRef or membershipNumber; shareClassCode; quantity)
     *     as opening movements; refused as a whole unless it adds up to `declaredCapitalCents`.
     *     With `?async=true`, `Prefer: respond-async`, or a file over IMPORT_SYNC_MAX_BYTES (5 MB), the
     *     file is staged and imported by a job: 202, `Location: /v1/orgs/{slug}/jobs/{id}`, `{ jobId }`;
     *     the job's `result` is this route's 201 answer, or `{ problem }` (its 400 or 422) when it failed.
     */
    post: operations['RegisterController_open'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/subscriptions': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /**
     * Subscriptions, filtered by member or status; a member sees only their own.
     * @description API tokens: with the scope `shares:read`.
     */
    get: operations['SubscriptionsController_list'];
    put?: never;
    /**
     * A subscription form: pending until the board decides. A member subscribes for themselves
     *     (today's date). Honours `Idempotency-Key`.
     * @description API tokens: with the scope `shares:write`.
     */
    post: operations['SubscriptionsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/subscriptions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /**
     * A subscription with its payments and calls; a member reads only their own.
     * @description API tokens: with the scope `shares:read`.
     */
    get: operations['SubscriptionsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/subscriptions/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The board accepts it; if the money is in, the shares are issued (and an applicant admitted).
     * @description API tokens: with the scope `shares:write`.
     */
    post: operations['SubscriptionsController_approve'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/subscriptions/{id}/calls': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Calls part of the unpaid capital of an instalment subscription.
     * @description API tokens: with the scope `shares:write`.
     */
    post: operations['SubscriptionsController_call'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/subscriptions/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Cancels a subscription whose shares are not issued yet; money received goes back.
     * @description API tokens: with the scope `shares:write`.
     */
    post: operations['SubscriptionsController_cancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/subscriptions/{id}/checkout': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A checkout at the payment provider for (part of) what is due on an approved share subscription.
     * @description API tokens: with the scope `shares:write`.
     */
    post: operations['PaymentsController_subscriptionCheckout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/subscriptions/{id}/payments': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A payment (partial or whole); the one that completes the called amount issues the shares.
     * @description API tokens: with the scope `shares:write`.
     */
    post: operations['SubscriptionsController_pay'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/subscriptions/{id}/receipt.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /** Reçu de souscription: the subscription, its status and every payment; a new one after each payment. */
    get: operations['CertificatesController_receipt'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/subscriptions/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The board refuses it; money already received is to be returned.
     * @description API tokens: with the scope `shares:write`.
     */
    post: operations['SubscriptionsController_reject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/transfers': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /**
     * Transfers, filtered by status; a member sees only those they take part in.
     * @description API tokens: with the scope `shares:read`.
     */
    get: operations['TransfersController_list'];
    put?: never;
    /**
     * A transfer of shares between members, pending until the board approves it.
     * @description API tokens: with the scope `shares:write`.
     */
    post: operations['TransfersController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/transfers/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /**
     * A transfer.
     * @description API tokens: with the scope `shares:read`.
     */
    get: operations['TransfersController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/transfers/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The board approves: the shares move from the seller to the buyer in the register.
     * @description API tokens: with the scope `shares:write`.
     */
    post: operations['TransfersController_approve'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/transfers/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The board refuses the transfer.
     * @description API tokens: with the scope `shares:write`.
     */
    post: operations['TransfersController_reject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/users': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /** The accounts holding a role in the organization. */
    get: operations['OrganizationsController_users'];
    put?: never;
    /** Gives an existing account a role in this organization (or changes its role). */
    post: operations['OrganizationsController_grant'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/users/{userId}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Takes an account's role away. */
    delete: operations['OrganizationsController_revoke'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/webhooks': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /** The organization's endpoints, without their secrets. */
    get: operations['WebhooksController_list'];
    put?: never;
    /** A new endpoint; its signing secret is in this answer only. */
    post: operations['WebhooksController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/webhooks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /** One endpoint, without its secret. */
    get: operations['WebhooksController_get'];
    put?: never;
    post?: never;
    /** Deletes the endpoint and its delivery log; nothing more is sent to it. */
    delete: operations['WebhooksController_remove'];
    options?: never;
    head?: never;
    /** Changes the URL, the events, the scopes; `enabled: true` re-enables an endpoint its failures disabled. */
    patch: operations['WebhooksController_update'];
    trace?: never;
  };
  '/v1/orgs/{slug}/webhooks/{id}/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    /** The delivery log, newest first: each delivery's status, tries (status code, duration, error) and next try. */
    get: operations['WebhooksController_deliveries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/webhooks/{id}/deliveries/{deliveryId}/replay': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sends a delivery again now, with the same `webhook-id`. */
    post: operations['WebhooksController_replay'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{slug}/webhooks/{id}/rotate-secret': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A new secret, in this answer only; the old one keeps signing beside it during the grace period. */
    post: operations['WebhooksController_rotate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/payments/helloasso/{slug}/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * HelloAsso's notifications for an organization (the URL set in its HelloAsso account). They are
     *     not signed: one only makes Socius ask HelloAsso about the checkout it names, and its amounts
     *     are never used. Always 200 at once, whatever it says.
     */
    post: operations['PaymentNotificationsController_helloasso'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/public/orgs/{slug}/applications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Applies for membership: creates the applicant (with the acceptance of the current documents)
     *     and a pending subscription, e-mails a confirmation to the applicant and tells the admins. The
     *     board then admits and approves through the usual routes.
     */
    post: operations['ApplicationsController_apply'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/public/orgs/{slug}/campaigns/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A public campaign's page: its figures and the contributors who agreed to be named. */
    get: operations['PublicCampaignsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/public/orgs/{slug}/campaigns/{id}/checkout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A donation to a public campaign paid by card: the pledge is made now (pending), and the payer
     *     is sent to `redirectUrl`. APPLICATION_RATE_LIMIT per client address per hour.
     */
    post: operations['PublicPaymentsController_campaignCheckout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/public/orgs/{slug}/join': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What the application form needs: the co-op, its share classes, the documents to accept, its colleges. */
    get: operations['ApplicationsController_form'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/public/orgs/{slug}/payments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether the organization takes payments by card. */
    get: operations['PublicPaymentsController_publicPayments'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/public/payments/checkouts/{id}/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The payer is back: the provider is asked, and the payment recorded if it is paid. The checkout's
     *     id is the capability; the answer holds no personal data.
     */
    post: operations['PublicPaymentsController_confirm'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Whether this exact file is a document issued here (its SHA-256 is on record): a file changed by one byte is not. */
    post: operations['VerificationController_verifyFile'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/verify/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The document printed with this verification code: what it is, who issued it, what it certifies
     *     (never Socius' internal ids). An unknown code answers `{valid: false}`. VERIFY_RATE_LIMIT
     *     verifications per client address per minute (429 beyond).
     */
    get: operations['VerificationController_verifyCode'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    AcceptanceDto: {
      /** Format: date */
      acceptedOn: string;
      charterId: string;
      /** @enum {string} */
      kind: 'charter' | 'statutes' | 'internal_rules';
      /** Format: date-time */
      recordedAt: string;
      title: string;
      version: number;
      /**
       * @description `member`: the member accepted; `admin` or `paper`: an admin recorded it
       * @enum {string}
       */
      via: 'member' | 'admin' | 'paper';
    };
    AcceptanceListDto: {
      items: components['schemas']['AcceptanceDto'][];
    };
    AcceptCharterDto: {
      /**
       * Format: date
       * @description when accepted (default today); an admin may record an earlier paper signature
       */
      acceptedOn?: string;
      /** Format: uuid */
      charterId: string;
      /**
       * @description how the acceptance was given, when an admin records it
       * @enum {string}
       */
      via?: 'admin' | 'paper';
    };
    AcceptedInvitationDto: {
      organizationName: string;
      organizationSlug: string;
      role: components['schemas']['Role'];
    };
    AcceptedJobDto: {
      /**
       * Format: uuid
       * @description the job to poll: `GET /v1/orgs/{slug}/jobs/{jobId}`
       */
      jobId: string;
      /**
       * @description the same path as the `Location` header
       * @example /v1/orgs/demo/jobs/0b4c…
       */
      location: string;
      /** @enum {string} */
      status: 'pending';
    };
    AcceptInvitationDto: {
      /** @description the token of the invitation's link */
      token: string;
    };
    AccessTokenDto: {
      accessToken: string;
      expiresIn: number;
    };
    AccountingSettingsDto: {
      /** @description keys: bank, uncalledCapital, calledUnpaidCapital, paidCapital, uncalledReceivable, contribution, calledReceivable, advancePayments, defaulting, toRedeem, losses, donations, membershipFees */
      accounts?: {
        [key: string]: string;
      };
      journalCode?: string;
      journalLabel?: string;
    };
    AccountingSettingsViewDto: {
      /** @description keys: bank, uncalledCapital, calledUnpaidCapital, paidCapital, uncalledReceivable, contribution, calledReceivable, advancePayments, defaulting, toRedeem, losses, donations, membershipFees */
      accounts: {
        [key: string]: {
          label: string;
          number: string;
        };
      };
      journalCode: string;
      journalLabel: string;
    };
    AdmitContributionDto: {
      /**
       * Format: date
       * @description date of the decision; today by default
       */
      decidedOn?: string;
      /** @description the board meeting or general assembly that decided (CA du 12/03/2026 ...) */
      decisionRef?: string;
    };
    AdmitMemberDto: {
      /**
       * Format: date
       * @description date of the admission decision
       */
      admittedOn: string;
      /** @description the board or AG decision, e.g. "CA du 12/03/2026" */
      decisionRef?: string;
    };
    AnnualCertificatesDto: {
      /**
       * Format: date
       * @description the date the certificates show (the fiscal year end, usually); today when absent; never in the future
       * @example 2026-12-31
       */
      at?: string;
    };
    /**
     * @description what the token may reach
     * @enum {string}
     */
    ApiScope:
      | 'registry:read'
      | 'registry:write'
      | 'shares:read'
      | 'shares:write'
      | 'assemblies:read'
      | 'exports:read'
      | 'funding:read'
      | 'funding:write';
    ApiTokenDto: {
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      expiresAt: string | null;
      id: string;
      /**
       * Format: date-time
       * @description the last request it made (noted at most once a minute)
       */
      lastUsedAt: string | null;
      name: string;
      /** @description what the token may reach */
      scopes: components['schemas']['ApiScope'][];
    };
    ApiTokenListDto: {
      items: components['schemas']['ApiTokenDto'][];
    };
    ApplicationConsentsDto: {
      /** @description the co-op may process the applicant's data to keep its register: required */
      dataProcessing: boolean;
      /** @description convocations and documents by e-mail rather than by post */
      eConvocation?: boolean;
      /** @description the statutes (and the other documents listed in `charterIds`) are accepted: required */
      statutes: boolean;
    };
    ApplicationPaymentDto: {
      /** @description due now */
      amountCents: number;
      /** @description the co-op's account, for a transfer; null: the co-op will say how to pay */
      iban: string | null;
      /** @description the co-op, to name as the payee */
      payee: string;
      /** @description to write on the transfer */
      reference: string;
    };
    ApplicationReceivedDto: {
      amountCents: number;
      /** @description where the confirmation was sent */
      email: string;
      memberId: string;
      /** @enum {string} */
      memberStatus: 'applicant';
      /** @description what happens next, in words */
      nextSteps: string[];
      payment: components['schemas']['ApplicationPaymentDto'];
      quantity: number;
      shareClassCode: string;
      subscriptionId: string;
      /** @enum {string} */
      subscriptionStatus: 'pending';
    };
    ApproveRedemptionDto: {
      /**
       * Format: date
       * @description date of the decision; today by default
       */
      decidedOn?: string;
      /** @description the board meeting or general assembly that decided (CA du 12/03/2026 ...) */
      decisionRef?: string;
      /**
       * Format: date
       * @description payout due date, at most five years after the effective date (the latest by default)
       */
      dueOn?: string;
      /**
       * @description when the capital floor stands in the way: hold the request in the queue (default) or refuse it
       * @enum {string}
       */
      onFloor?: 'wait' | 'refuse';
    };
    AssemblyDto: {
      allowVoteChange: boolean;
      convocationMethod: string | null;
      /** Format: date-time */
      createdAt: string;
      id: string;
      /** @enum {string} */
      kind: 'ordinary' | 'extraordinary' | 'permanent';
      maxProxiesPerHolder: number;
      place: string | null;
      /** @enum {string} */
      proxyCapRule: 'fixed' | 'scop';
      secondConvocationQuorumPercent: number;
      secret: boolean;
      title: string;
      /** @description on creation: what is below the legal minimum of the form (allowed, but said) */
      warnings?: string[];
      /** @enum {string} */
      weighting: 'per_member' | 'college' | 'per_share';
    };
    AssemblyListDto: {
      items: components['schemas']['AssemblyDto'][];
      nextCursor: string | null;
      total: number;
    };
    AuditItemDto: {
      action: string;
      /** @description who acted: an account's e-mail, `system` for the jobs, `voting-code:<code id>` for a ballot cast with a voting code (the code, not its member, acted) */
      actor: string;
      /** Format: date-time */
      at: string;
      /** @description what changed: field by field `{ from, to }`, or the command's details */
      changes: {
        [key: string]: unknown;
      } | null;
      entityId: string | null;
      entityType: string;
      id: string;
      requestId: string | null;
    };
    AuditListDto: {
      items: components['schemas']['AuditItemDto'][];
      nextCursor: string | null;
      total: number;
    };
    BallotBoxDto: {
      assembly: {
        id: string;
        secret: boolean;
        title: string;
      };
      organization: {
        name: string;
        slug: string;
      };
      resolutions: components['schemas']['BallotBoxResolutionDto'][];
    };
    BallotBoxResolutionDto: {
      candidates: {
        key: string;
        name: string;
      }[];
      /** Format: date-time */
      closesAt: string;
      id: string;
      /** @enum {string} */
      kind: 'motion' | 'election';
      number: number;
      seats: number | null;
      text: string;
      title: string;
      /** @description whether the code's member has a ballot in this resolution already */
      voted: boolean;
    };
    BrokenLinkDto: {
      /** @description for `anchor-mismatch`: the head published earlier that the chain no longer gives (a chain rewritten since) */
      anchor?: components['schemas']['PublishedAnchorDto'];
      /** @enum {string} */
      reason: 'sequence-gap' | 'previous-hash-mismatch' | 'hash-mismatch' | 'anchor-mismatch';
      sequence: number;
    };
    CalendarFeedDto: {
      /** Format: date-time */
      createdAt: string;
      /** @description the secret address of the feed (`{PUBLIC_URL}/v1/calendar/cal_….ics`): whoever has it reads the calendar */
      url: string;
    };
    CampaignDto: {
      beneficiary: string | null;
      /** Format: date */
      closedOn: string | null;
      /** @description distinct contributors with a pledge or a payment that stands */
      contributorsCount: number;
      /** Format: date-time */
      createdAt: string;
      description: string;
      /** Format: date */
      endsOn: string;
      goalCents: number;
      id: string;
      /** @enum {string} */
      mode: 'keep_it_all' | 'all_or_nothing';
      /** @description promised and not withdrawn: pledges, paid contributions, and the months of monthly pledges still to come */
      pledgedCents: number;
      progressByWeek: components['schemas']['WeekProgressDto'][];
      /** @description raised over goal, in percent (two decimals) */
      progressPercent: number;
      public: boolean;
      /** @description received, less what was refunded */
      raisedCents: number;
      /** Format: date */
      startsOn: string;
      /** @enum {string} */
      status: 'draft' | 'open' | 'succeeded' | 'failed' | 'closed';
      title: string;
    };
    CampaignLedgerDto: {
      items: components['schemas']['CampaignLedgerItemDto'][];
      nextCursor: string | null;
      total: number;
    };
    CampaignLedgerItemDto: {
      accountingEntryId: string | null;
      amountCents: number;
      contributionId: string;
      /** @enum {string} */
      contributionKind: 'donation' | 'membership_fee' | 'share_subscription';
      contributorName: string;
      id: string;
      /** @enum {string} */
      kind: 'pledge' | 'payment' | 'refund' | 'cancellation' | 'refund_due';
      method: string | null;
      /** Format: date */
      occurredOn: string;
      /** Format: date-time */
      recordedAt: string;
      reference: string | null;
    };
    CampaignListDto: {
      items: components['schemas']['CampaignDto'][];
      nextCursor: string | null;
      total: number;
    };
    CancelPayoutBatchDto: {
      /** @description why the file was not executed (rejected by the bank, never sent...) */
      reason: string;
    };
    CandidateDto: {
      key: string;
      label: string;
    };
    CapitalCallDto: {
      amountCents: number;
      /** Format: date */
      calledOn: string;
      /** Format: date */
      dueOn: string;
      id: string;
    };
    CapitalDto: {
      /** Format: date */
      at: string;
      calledCents: number;
      classes: {
        calledCents: number;
        memberCount: number;
        name: string;
        nominalCents: number;
        paidCents: number;
        quantity: number;
        shareClassCode: string;
        subscribedCents: number;
      }[];
      colleges: {
        collegeCode: string | null;
        memberCount: number;
        name: string;
        quantity: number;
        subscribedCents: number;
        weightPercent: number | null;
      }[];
      /** @description redemptions may not bring the capital below this */
      floorCents: number;
      highestCapitalCents: number;
      memberCount: number;
      minimumCapitalCents: number;
      paidCents: number;
      /** @description subscribed capital: shares × nominal */
      totalCents: number;
      totalShares: number;
    };
    CapitalPointDto: {
      /**
       * Format: date
       * @description the last day of a month (today for the current month)
       */
      on: string;
      totalCents: number;
    };
    CapitalReportAcceptedDto: {
      jobId: string;
    };
    CapitalReportRequestDto: {
      /** @example 2026-10 */
      month: string;
    };
    CastBallotDto: {
      /** @description `for`, `against` or `abstain`; for an election, up to `seats` candidate keys (or `abstain`) */
      choice: string | string[];
      /**
       * Format: uuid
       * @description vote as proxy holder for this member
       */
      onBehalfOfMemberId?: string;
      /** @description changing a secret vote (where allowed): the receipt of the ballot it replaces */
      replacesReceipt?: string;
    };
    ChainReportDto: {
      /** @description published heads checked against the chain (the audit log's, and the one given) */
      anchorsChecked: number;
      firstBroken: components['schemas']['BrokenLinkDto'] | null;
      lastHash: string;
      /** @description the end of the chain verified (up to the first broken link) */
      lastSequence: number;
      movements: number;
      valid: boolean;
    };
    ChangePasswordDto: {
      currentPassword: string;
      newPassword: string;
    };
    CharterDto: {
      body?: string;
      /** @description whether this is the current version of its kind */
      current: boolean;
      id: string;
      /** @enum {string} */
      kind: 'charter' | 'statutes' | 'internal_rules';
      /** Format: date-time */
      publishedAt: string;
      requiredForAdmission: boolean;
      title: string;
      version: number;
    };
    CharterListDto: {
      items: components['schemas']['CharterDto'][];
      nextCursor: string | null;
      total: number;
    };
    CharterMissingDto: {
      charterId: string;
      /** @description applicants and members who have not accepted this version */
      missing: number;
      title: string;
      version: number;
    };
    CheckoutAdminDto: {
      amountCents: number;
      /** Format: date-time */
      checkedAt: string | null;
      contributionId: string | null;
      /** Format: date-time */
      createdAt: string;
      id: string;
      /** Format: date-time */
      paidAt: string | null;
      /** @description why it is unmatched */
      problem: string | null;
      provider: string;
      providerPaymentId: string | null;
      providerReference: string | null;
      /** @enum {string} */
      purpose: 'contribution' | 'subscription';
      /** @enum {string} */
      status: 'pending' | 'paid' | 'abandoned' | 'unmatched';
      subscriptionId: string | null;
    };
    CheckoutListDto: {
      items: components['schemas']['CheckoutAdminDto'][];
    };
    CheckoutStartedDto: {
      checkoutId: string;
      /** @description where to send the payer: the provider's payment page */
      redirectUrl: string;
    };
    CheckoutViewDto: {
      amountCents: number;
      id: string;
      /** Format: date-time */
      paidAt: string | null;
      /** @enum {string} */
      purpose: 'contribution' | 'subscription';
      /** @enum {string} */
      status: 'pending' | 'paid' | 'abandoned' | 'unmatched';
    };
    CloseCampaignDto: {
      /**
       * Format: date
       * @description the day it closes; today by default (it may close before `endsOn`)
       */
      closedOn?: string;
    };
    CloseFiscalYearDto: {
      /** @description the general assembly that approved the accounts */
      closingRef?: string;
      /**
       * @description the year closed at a loss: per class, the loss per share deducted from redemptions that took
       *     effect during the year (loi 47-1775 art. 18)
       */
      lossPerShare?: components['schemas']['LossPerShareDto'][];
    };
    ClosingResolutionDto: {
      /** Format: date-time */
      closesAt: string;
      id: string;
      title: string;
    };
    CollegeCountDto: {
      /** @description null: members in no college */
      collegeCode: string | null;
      count: number;
      name: string | null;
    };
    CollegeDto: {
      code: string;
      id: string;
      name: string;
      weightPercent: number;
    };
    CollegeListDto: {
      items: components['schemas']['CollegeDto'][];
      nextCursor: string | null;
      /** @description why not, when it is not */
      problems: string[];
      total: number;
      /** @description whether the set may be used for a college-weighted vote */
      valid: boolean;
    };
    CollegeParticipationDto: {
      code: string | null;
      eligible: number;
      voted: number;
    };
    CollegeResultDto: {
      code: string;
      counts: components['schemas']['VoteCountsDto'];
      forPercent: number | null;
      weightPercent: number;
    };
    ConfirmCheckoutDto: {
      /**
       * @description how the payer came back: `return` after paying, `back` having left, `error` after a failure
       * @enum {string}
       */
      outcome?: 'return' | 'back' | 'error';
    };
    ContributionDto: {
      allowPartial: boolean;
      amountCents: number;
      campaignId: string;
      contributorEmail: string | null;
      contributorName: string;
      /** @description pooled funding: the slug the host named the contributing organization by */
      contributorOrganizationSlug: string | null;
      /** @enum {string} */
      contributorType: 'member' | 'organization' | 'person';
      /** Format: date-time */
      createdAt: string;
      /** Format: date */
      dueOn: string;
      id: string;
      instalmentNumber: number | null;
      /** @description a monthly pledge: the instalments generated so far */
      instalments?: components['schemas']['ContributionDto'][];
      /** @enum {string} */
      kind: 'donation' | 'membership_fee' | 'share_subscription';
      memberId: string | null;
      paidCents: number;
      parentId: string | null;
      /**
       * @description pooled funding: whether that organization's admin confirmed the gift (`pending` until then,
       *     whether or not the slug exists; only a confirmed gift is in their books)
       * @enum {string|null}
       */
      partnerConfirmation: 'pending' | 'confirmed' | 'refused' | null;
      /** Format: date */
      pledgedOn: string;
      publicName: boolean;
      recurrence: components['schemas']['RecurrenceViewDto'] | null;
      /** @description its campaign failed: the money is to be returned (`POST contributions/{id}/refund`) */
      refundDue: boolean;
      refundedCents: number;
      /** @enum {string} */
      status: 'pledged' | 'paid' | 'refunded' | 'cancelled';
      /** @description the subscription a share contribution created in the share register */
      subscriptionId: string | null;
      subscriptionStatus?: string;
    };
    ContributionListDto: {
      items: components['schemas']['ContributionDto'][];
      nextCursor: string | null;
      total: number;
    };
    ContributorDto: {
      /** @description the postal address, on one line: a donation receipt must show it (cerfa 11580, cerfa 16216) */
      address?: string;
      /** Format: email */
      email?: string;
      /**
       * @description an outside `person`, or an `organization` (a partner co-op, a company, a public body)
       * @enum {string}
       */
      kind: 'person' | 'organization';
      name: string;
      /** @description pooled funding: the slug of the contributing organization on this platform, which then sees what it gave */
      organizationSlug?: string;
      /** @description a company's SIREN, shown on its receipt for patronage (cerfa 16216, 2041-MEC-SD) */
      siren?: string;
    };
    ConversionDto: {
      amountCents: number;
      /** Format: date */
      effectiveOn: string;
      fromQuantity: number;
      fromShareClassCode: string;
      memberId: string;
      movements: components['schemas']['LedgerItemDto'][];
      operationId: string;
      toQuantity: number;
      toShareClassCode: string;
    };
    ConvocationStartedDto: {
      /** @description members this assembly's convocation already reached by e-mail (a repeat sends them nothing) */
      alreadySent: number;
      /** @description active members convened by e-mail (consent and an address, e-convocation on), including those already reached */
      emailCount: number;
      /** @description the job sending the e-mails: `GET /v1/orgs/{slug}/jobs/{jobId}` shows its status and progress */
      jobId: string;
      /** @description active members to convene by post: `postal.csv`, `letters.pdf` */
      postalCount: number;
      /** @description what the admin should know, such as a notice shorter than the legal 15 days */
      warnings: string[];
    };
    CreateApiTokenDto: {
      /** @description when it stops working (an instant in the future); none: until revoked */
      expiresAt?: string;
      /** @description who uses it, for people reading the list (`Accounting software`) */
      name: string;
      /** @description what the token may reach */
      scopes: components['schemas']['ApiScope'][];
    };
    CreateAssemblyDto: {
      allowVoteChange?: boolean;
      /** @description how members were convened (for the minutes) */
      convocationMethod?: string;
      /** @enum {string} */
      kind: 'ordinary' | 'extraordinary' | 'permanent';
      /** @description proxies one member may hold besides their own vote (0: no proxies) */
      maxProxiesPerHolder?: number;
      place?: string;
      /**
       * @description `scop`: the legal cap of loi 78-763 (one below 20 members, a twentieth from 20 on) instead of the
       *     number; the default of SCOP forms (`fixed` elsewhere)
       * @enum {string}
       */
      proxyCapRule?: 'fixed' | 'scop';
      /**
       * @description quorum of a resolution put again on second convocation: by default the legal one of the form for
       *     an extraordinary assembly (e.g. 20 % for an SA, C. com. L225-96), else none
       */
      secondConvocationQuorumPercent?: number;
      secret: boolean;
      title: string;
      /**
       * @description `per_member` (one member one vote), `college` (SCIC colleges), `per_share` (not for co-ops)
       * @enum {string}
       */
      weighting: 'per_member' | 'college' | 'per_share';
    };
    CreateCampaignDto: {
      /** @description the shared tool or project the money is for */
      beneficiary?: string;
      description?: string;
      /**
       * Format: date
       * @description the last day contributions are taken; not before `startsOn`
       */
      endsOn: string;
      /** @description the goal, in cents */
      goalCents: number;
      /** @enum {string} */
      mode: 'keep_it_all' | 'all_or_nothing';
      /** @description shown, without personal data, at `GET /v1/public/orgs/{slug}/campaigns/{id}` */
      public?: boolean;
      /** Format: date */
      startsOn: string;
      title: string;
    };
    CreateCapitalCallDto: {
      amountCents: number;
      /**
       * Format: date
       * @description date of the call; today by default
       */
      calledOn?: string;
      /** Format: date */
      dueOn: string;
    };
    CreateCollegeDto: {
      /** @description short code used in imports and filters, e.g. SAL, USR, COL */
      code: string;
      name: string;
      /** @description voting weight of the college, in percent (two decimals at most) */
      weightPercent: number;
    };
    CreateContributionDto: {
      /** @description may be paid in several parts (false: one payment of the whole amount) */
      allowPartial?: boolean;
      /** @description the amount pledged (for a monthly pledge: each month's) */
      amountCents: number;
      contributor?: components['schemas']['ContributorDto'];
      /**
       * @description chosen now, never changed: a donation never turns into shares
       * @enum {string}
       */
      kind: 'donation' | 'membership_fee' | 'share_subscription';
      /**
       * Format: uuid
       * @description a member of this organization (required for a share subscription) — or `contributor`
       */
      memberId?: string;
      /** @description the contributor agrees to be named on the public page */
      publicName?: boolean;
      recurrence?: components['schemas']['RecurrenceDto'];
      /** @description for a share subscription: the class; the amount must be a whole number of its shares */
      shareClassCode?: string;
    };
    CreateConversionDto: {
      decisionRef?: string;
      /** Format: date */
      effectiveOn: string;
      fromShareClassCode: string;
      /** Format: uuid */
      memberId: string;
      /** @description how many shares of the first class to convert */
      quantity: number;
      toShareClassCode: string;
    };
    CreatedApiTokenDto: {
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      expiresAt: string | null;
      id: string;
      /**
       * Format: date-time
       * @description the last request it made (noted at most once a minute)
       */
      lastUsedAt: string | null;
      name: string;
      /** @description what the token may reach */
      scopes: components['schemas']['ApiScope'][];
      /** @description the secret, `soc_…`: shown this once, send it as `Authorization: Bearer <token>` */
      token: string;
    };
    CreateIdentityProviderDto: {
      clientId: string;
      /** @description kept sealed, never answered */
      clientSecret: string;
      /** @description the issuer identifier (`https://sso.example.coop/realms/coop`); its discovery document is checked */
      issuer: string;
      /** @description shown on the sign-in button */
      name: string;
    };
    CreateInvitationDto: {
      /**
       * Format: email
       * @description the address to invite: the invitee accepts once signed in with this address, verified
       */
      email: string;
      /**
       * Format: uuid
       * @description with role "member": the member record the invitee's account will be linked to
       */
      memberId?: string;
      role: components['schemas']['Role'];
    };
    CreateMemberDto: {
      addressLine1?: string;
      addressLine2?: string;
      /**
       * @description `cooperator` (the default) or `non_cooperator`: an associate who brings capital without using the
       *     co-op's services; their votes are capped (loi 47-1775 art. 3 bis)
       * @enum {string}
       */
      associateType?: 'cooperator' | 'non_cooperator';
      city?: string;
      collegeCode?: string;
      /** @description required for a legal entity */
      companyName?: string;
      /** @description the member is a cooperative society (a non-cooperator one falls under the 49 % cap only) */
      cooperativeSociety?: boolean;
      /** @description ISO 3166 alpha-2, FR by default */
      country?: string;
      /** @description consents to receive convocations and documents by e-mail */
      eConsent?: boolean;
      /** Format: email */
      email?: string;
      externalRef?: string;
      firstName?: string;
      /** @description the member's bank account, for refunds and redemption payouts (spaces allowed) */
      iban?: string;
      /** @enum {string} */
      kind: 'person' | 'legal_entity';
      /** @description required for a person */
      lastName?: string;
      legalRepresentative?: string;
      phone?: string;
      postalCode?: string;
      /**
       * @description its category of associates in a SCIC (art. 19 septies), apart from its voting college; null clears it
       * @enum {string|null}
       */
      scicCategory?: 'employee' | 'producer' | 'beneficiary' | 'volunteer' | 'public_body' | 'other' | null;
      siren?: string;
    };
    CreateOrganizationDto: {
      address?: string;
      /**
       * @description redemptions may not bring the capital below this percent of the highest capital ever recorded:
       *     25 by law (loi 47-1775 art. 13, the default), up to 100 if the statutes say so
       */
      capitalFloorPercent?: number;
      /**
       * @description the language of documents and e-mails unless asked otherwise
       * @enum {string}
       */
      defaultLanguage?: 'fr' | 'en';
      eConvocation?: boolean;
      /** @description last day of the fiscal year, MM-DD */
      fiscalYearEnd: string;
      /**
       * @description statutory option: only members whose shares are fully paid vote; by default a member who has
       *     paid what has fallen due of the capital called votes (C. com. L228-29)
       */
      fullyPaidSharesOnly?: boolean;
      /**
       * @description years from the subscription within which shares paid by instalments must be fully paid up: 3 by
       *     law (loi 47-1775 art. 12, the default), less per the statutes, up to 5 under a special regime
       */
      instalmentDeadlineYears?: number;
      legalForm: components['schemas']['LegalForm'];
      /** @description who signs certificates: the legal representative's name... */
      legalRepresentativeName?: string;
      /** @description ...and title (Président, Gérante, Directeur général...) */
      legalRepresentativeTitle?: string;
      /**
       * @description what majorities are counted on, per the statutes: `expressed` votes (SA rule since loi 2019-744),
       *     votes of members `present_or_represented` (SCOP, loi 78-763), or the `sarl` rules (C. com.
       *     L223-29/30); by default the legal form's (`legalMajorityBase`); null resets to it
       * @enum {string|null}
       */
      majorityBase?: 'expressed' | 'present_or_represented' | 'sarl' | null;
      /**
       * @description statutory minimum capital, in cents: at least the legal minimum of the legal form (18 500 € for
       *     a co-operative SA, loi 47-1775 art. 27; 30 € for a SCOP SARL, loi 78-763 art. 3), which is the default
       */
      minimumCapitalCents?: number;
      name: string;
      /** @description the city of the registry it is registered at, printed "RCS {city} {SIREN}" (C. com. R123-237) */
      rcsCity?: string;
      /** @description "Fait à ..." on signed documents; the registry's city when not set */
      signaturePlace?: string;
      siren?: string;
      /** @description lower-case letters, digits and dashes; appears in every URL of the organization */
      slug: string;
    };
    CreatePaymentDto: {
      amountCents: number;
      /** @enum {string} */
      method: 'transfer' | 'check' | 'card' | 'cash' | 'direct_debit' | 'other';
      /** Format: date */
      paidOn: string;
      /** @description bank reference, cheque number ... */
      reference?: string;
    };
    CreatePayoutBatchDto: {
      /** @description the co-op's account the money leaves from */
      debtor: components['schemas']['PayeeDto'];
      /** Format: date */
      executionOn: string;
      redemptionIds: string[];
    };
    CreateRedemptionDto: {
      /**
       * Format: date
       * @description when the shares leave the register; the end of the current fiscal year by default
       */
      effectiveOn?: string;
      /** Format: uuid */
      memberId: string;
      /** @description who is paid and where; required for a deceased member (the heirs) */
      payee?: components['schemas']['PayeeDto'];
      quantity: number;
      reason?: string;
      shareClassCode: string;
    };
    CreateResolutionDto: {
      /** @description it amends the statutes: refused in an ordinary assembly (an extraordinary decision) */
      amendsStatutes?: boolean;
      /** @description an election: the candidates, and how many seats to fill */
      candidates?: components['schemas']['CandidateDto'][];
      /** Format: date-time */
      closesAt: string;
      /**
       * @description by default the legal one of the decision's kind: two thirds for an extraordinary decision (an
       *     extraordinary assembly's, or a statute amendment), else simple; a lower one is allowed with a warning
       * @enum {string}
       */
      majority?: 'simple' | 'two_thirds';
      /** Format: date-time */
      opensAt: string;
      /**
       * @description percent of the eligible members who must take part (abstaining counts); 0 for none. By default the
       *     legal one of the form and decision (e.g. 25 % for an SA's extraordinary decision, C. com. L225-96)
       */
      quorumPercent?: number;
      seats?: number;
      text: string;
      title: string;
    };
    CreateShareClassDto: {
      /** @description letters, digits, `_` or `-` (A, B, SALARIES ...) */
      code: string;
      /** @description colleges whose members may hold this class; empty or absent: every college */
      collegeCodes?: string[];
      /** @description the statutes allow paying these shares by instalments (a quarter at least at subscription) */
      instalmentsAllowed?: boolean;
      maxPerMember?: number | null;
      /** @description the least a member must hold of this class (0: no minimum) */
      minPerMember: number;
      name: string;
      /** @description nominal value of one share, in cents */
      nominalCents: number;
    };
    CreateSubscriptionDto: {
      /**
       * @description pay by instalments (the class must allow it): the part due at subscription, at least a quarter
       *     of the amount; the rest comes on capital calls
       */
      initialCalledCents?: number;
      /** Format: uuid */
      memberId: string;
      quantity: number;
      shareClassCode: string;
      /**
       * Format: date
       * @description date of the subscription form (bulletin de souscription); today by default
       */
      subscribedOn?: string;
    };
    CreateTransferDto: {
      /** Format: date */
      effectiveOn: string;
      /** Format: uuid */
      fromMemberId: string;
      quantity: number;
      shareClassCode: string;
      /** Format: uuid */
      toMemberId: string;
    };
    CreateWebhookDto: {
      events: components['schemas']['WebhookEventType'][];
      /** @description the scopes whose data deliveries may carry (names, e-mails, amounts…); none: ids only */
      scopes?: components['schemas']['ApiScope'][];
      /** @description where deliveries are POSTed: `https://`, never an internal address */
      url: string;
    };
    DashboardCapitalDto: {
      /** Format: date */
      at: string;
      /** @description redemptions may not bring the capital below this (the greater of the statutory minimum and the share of the highest capital) */
      floorCents: number;
      /** @description members holding shares */
      holderCount: number;
      /** @description the least minimum the law allows for the co-op's legal form */
      legalMinimumCents: number;
      /** @description the statutes' minimum capital */
      minimumCapitalCents: number;
      paidCents: number;
      /** @description subscribed capital today: shares × nominal */
      totalCents: number;
    };
    DashboardDto: {
      capital: components['schemas']['DashboardCapitalDto'];
      /** @description subscribed capital at the end of each of the last 12 months and today, oldest first */
      capitalHistory: components['schemas']['CapitalPointDto'][];
      /** @description current members (applicants, active, resigning) per college */
      membersByCollege: components['schemas']['CollegeCountDto'][];
      membersByStatus: components['schemas']['StatusCountDto'][];
      todo: components['schemas']['DashboardTodoDto'];
    };
    DashboardTodoDto: {
      /** @description applicants (from the membership form or registered by an admin) not admitted yet */
      applications: number;
      /** @description current charters some applicants or members have not accepted */
      charters: components['schemas']['CharterMissingDto'][];
      /** @description approved or issued subscriptions whose called amount is not fully paid */
      paymentsToRecord: number;
      /** @description redemption requests waiting for a decision */
      redemptionsToDecide: number;
      /** @description redemptions held, first come first served, and why */
      redemptionsWaiting: number;
      /** @description open resolutions closing within 7 days, soonest first */
      resolutionsClosingSoon: components['schemas']['ClosingResolutionDto'][];
      /** @description subscriptions waiting for the board's decision */
      subscriptionsToApprove: number;
      waitingReasons: components['schemas']['WaitingReasonDto'][];
    };
    DeceaseMemberDto: {
      /** Format: date */
      diedOn: string;
    };
    DecideDto: {
      /**
       * Format: date
       * @description date of the decision; today by default
       */
      decidedOn?: string;
      /** @description the board meeting or general assembly that decided (CA du 12/03/2026 ...) */
      decisionRef?: string;
    };
    ErasedCountDto: {
      erased: number;
    };
    ErasureDto: {
      /** @enum {boolean} */
      erased: true;
      pseudonym: string;
    };
    ExcludeMemberDto: {
      /** @description the decision that excludes the member */
      decisionRef: string;
      /** Format: date */
      effectiveOn: string;
    };
    ExternalRefDto: {
      /** Format: date-time */
      createdAt: string;
      /** @example usr_8f2a */
      externalId: string;
      /** @example helloasso */
      platform: string;
    };
    ExternalRefMatchDto: {
      externalId: string;
      /** Format: uuid */
      memberId: string;
      platform: string;
    };
    FecExportDto: {
      byteCount: number;
      /** Format: date-time */
      createdAt: string;
      createdBy: string | null;
      /** @enum {string} */
      encoding: 'iso-8859-15' | 'utf-8';
      fileName: string;
      /** Format: date */
      fiscalYearEnd: string;
      lineCount: number;
      sha256: string;
    };
    FecExportListDto: {
      items: components['schemas']['FecExportDto'][];
      nextCursor: string | null;
      total: number;
    };
    FecReportDto: {
      creditCents: number;
      debitCents: number;
      entries: number;
      fileName: string;
      /** Format: date */
      fiscalYearEnd: string;
      /** Format: date */
      fiscalYearStart: string;
      lines: number;
      problems: {
        field?: string;
        line: number;
        message: string;
      }[];
      truncated: boolean;
      valid: boolean;
    };
    FecVerifyDto: {
      byteCount: number;
      /** @enum {string} */
      encoding: 'iso-8859-15' | 'utf-8';
      fileName: string;
      /** Format: date */
      fiscalYearEnd: string;
      lineCount: number;
      /** @description the hash recorded at the first export of the closed year; null when the year has none yet */
      recordedSha256: string | null;
      /** @description true when the regenerated file has exactly the recorded hash */
      reproducible: boolean;
      sha256: string;
    };
    FiscalYearDto: {
      /** Format: date-time */
      closedAt: string | null;
      closingRef: string | null;
      /** Format: date */
      endOn: string;
      lossPerShare: {
        [key: string]: number;
      };
      /** Format: date */
      startOn: string;
      /** @enum {string} */
      status: 'open' | 'closed';
    };
    FiscalYearListDto: {
      items: components['schemas']['FiscalYearDto'][];
      /** @description always null: the whole list fits in one page */
      nextCursor: string | null;
      total: number;
    };
    FundingSettingsDto: {
      /** @description the object of the association, printed on the tax receipt */
      purpose?: string;
      signatoryName?: string;
      signatoryTitle?: string;
      /** @description the organization is an association of general interest and may issue cerfa 11580 receipts */
      taxReceiptsEligible: boolean;
    };
    FundingSettingsViewDto: {
      legalForm: string;
      purpose: string | null;
      signatoryName: string | null;
      signatoryTitle: string | null;
      taxReceiptsEligible: boolean;
    };
    GivenCampaignDto: {
      id: string;
      /** @enum {string} */
      status: 'draft' | 'open' | 'succeeded' | 'failed' | 'closed';
      title: string;
    };
    GivenContributionDto: {
      amountCents: number;
      campaign: components['schemas']['GivenCampaignDto'];
      /**
       * @description `pending` until this organization's admin confirms it gave it (`refused` ones are not listed)
       * @enum {string}
       */
      confirmation: 'pending' | 'confirmed' | 'refused';
      /** @description the organization hosting the campaign */
      host: components['schemas']['HostOrganizationDto'];
      id: string;
      /** @enum {string} */
      kind: 'donation' | 'membership_fee' | 'share_subscription';
      paidCents: number;
      /** Format: date */
      pledgedOn: string;
      refundedCents: number;
      /** @enum {string} */
      status: 'pledged' | 'paid' | 'refunded' | 'cancelled';
    };
    GivenContributionListDto: {
      /** @description the confirmed ones: their count, and paid less refunded over every host */
      givenCents: number;
      items: components['schemas']['GivenContributionDto'][];
      nextCursor: string | null;
      total: number;
    };
    GrantProxyDto: {
      /** Format: uuid */
      grantorMemberId: string;
      /** Format: uuid */
      holderMemberId: string;
    };
    GrantRoleDto: {
      /**
       * Format: email
       * @description the e-mail of an existing Socius account
       */
      email: string;
      /**
       * Format: uuid
       * @description with role "member": the member record this account belongs to
       */
      memberId?: string;
      role: components['schemas']['Role'];
    };
    HistoryDto: {
      items: components['schemas']['HistoryItemDto'][];
    };
    HistoryItemDto: {
      action: string;
      actor: string;
      /** Format: date-time */
      at: string;
      /** @description each field changed: `{ from, to }` */
      changes: {
        [key: string]: unknown;
      } | null;
    };
    HoldingsDto: {
      /** Format: date */
      at: string;
      classes: {
        amountCents: number;
        quantity: number;
        shareClassCode: string;
      }[];
      memberId: string;
      totalCents: number;
      totalQuantity: number;
    };
    HostOrganizationDto: {
      name: string;
      slug: string;
    };
    IdentityProviderDto: {
      clientId: string;
      /** Format: date-time */
      createdAt: string;
      enabled: boolean;
      id: string;
      issuer: string;
      name: string;
      /** @description the address to register at the provider as the client's redirect URI */
      redirectUri: string;
      /** Format: date-time */
      updatedAt: string;
    };
    IdentityProviderListDto: {
      items: components['schemas']['IdentityProviderDto'][];
      nextCursor: string | null;
      total: number;
    };
    ImportResultDto: {
      created: number;
      /** @description present on a dry run: these figures are what the import would do; nothing was written */
      dryRun?: boolean;
      total: number;
      unchanged: number;
      updated: number;
    };
    InvitationDto: {
      /** Format: date-time */
      acceptedAt: string | null;
      /** Format: date-time */
      createdAt: string;
      email: string;
      /** Format: date-time */
      expiresAt: string;
      id: string;
      /** Format: date-time */
      lastSentAt: string | null;
      memberId: string | null;
      role: components['schemas']['Role'];
      sentCount: number;
      /** @enum {string} */
      status: 'pending' | 'accepted' | 'revoked' | 'expired';
    };
    InvitationListDto: {
      items: components['schemas']['InvitationDto'][];
      nextCursor: string | null;
      total: number;
    };
    IssuedDocumentDto: {
      byteCount: number;
      id: string;
      /** Format: date-time */
      issuedAt: string;
      /** @enum {string} */
      kind:
        | 'resolution_minutes'
        | 'assembly_minutes'
        | 'share_certificate'
        | 'subscription_receipt'
        | 'tax_certificate'
        | 'capital_statement'
        | 'contribution_receipt'
        | 'donation_tax_receipt';
      /** @enum {string} */
      language: 'fr' | 'en';
      /** @description PV-2026-0001: the series of its kind, the year of issue, gapless */
      number: string;
      sha256: string;
      subjectId: string;
      /** @description what it is about: `resolution`, `assembly`, `member` ... */
      subjectType: string;
      title: string;
      /** @description printed on the document; `GET /v1/verify/{code}` tells what it certifies */
      verificationCode: string;
    };
    IssuedDocumentListDto: {
      items: components['schemas']['IssuedDocumentDto'][];
      nextCursor: string | null;
      total: number;
    };
    JobAcceptedDto: {
      /** @description follow it at `GET /v1/orgs/{slug}/jobs/{jobId}` */
      jobId: string;
    };
    JobViewDto: {
      /** @description tries so far (5 at most) */
      attempts: number;
      /** Format: date-time */
      createdAt: string;
      /** @description the last failure, until the job completes */
      error: string | null;
      /** Format: date-time */
      finishedAt: string | null;
      /** Format: uuid */
      id: string;
      /** @example members.import */
      name: string;
      progress: number;
      /** @description what the progress counts, when the job says (an import: `rowsDone`, `bytesDone`, `bytesTotal`) */
      progressDetail: {
        [key: string]: unknown;
      } | null;
      /** @description what the job answered; an import: the synchronous route's answer, or `{ problem }` (the problem+json it would have answered) when it failed */
      result: {
        [key: string]: unknown;
      } | null;
      /** @enum {string} */
      status: 'pending' | 'queued' | 'active' | 'completed' | 'failed';
    };
    JoinCharterDto: {
      /** @description the text (Markdown) */
      body: string;
      id: string;
      /** @enum {string} */
      kind: 'charter' | 'statutes' | 'internal_rules';
      title: string;
      version: number;
    };
    JoinCollegeDto: {
      code: string;
      name: string;
    };
    JoinFormDto: {
      /** @description the documents to accept: their ids go in `charterIds` */
      charters: components['schemas']['JoinCharterDto'][];
      /** @description when not empty, the applicant chooses one (`collegeCode`) */
      colleges: components['schemas']['JoinCollegeDto'][];
      organization: components['schemas']['JoinOrganizationDto'];
      shareClasses: components['schemas']['JoinShareClassDto'][];
    };
    JoinOrganizationDto: {
      legalForm: components['schemas']['LegalForm'];
      name: string;
      slug: string;
    };
    JoinShareClassDto: {
      code: string;
      /** @description empty: open to every college; else only to applicants of these colleges */
      collegeCodes: string[];
      /** @description null: no maximum */
      maxPerMember: number | null;
      /** @description the least a first subscription takes (at least 1 on the form) */
      minPerMember: number;
      name: string;
      nominalCents: number;
    };
    LedgerItemDto: {
      amountCents: number;
      /** Format: date */
      effectiveOn: string;
      hash: string;
      /** @enum {string} */
      kind:
        | 'issue'
        | 'transfer_in'
        | 'transfer_out'
        | 'redemption'
        | 'cancellation'
        | 'conversion_in'
        | 'conversion_out'
        | 'opening';
      memberId: string;
      operationId: string | null;
      operationType: string;
      previousHash: string;
      quantity: number;
      /** Format: date-time */
      recordedAt: string;
      sequence: number;
      shareClassCode: string;
      unitCents: number;
    };
    LedgerListDto: {
      items: components['schemas']['LedgerRowDto'][];
      nextCursor: string | null;
      total: number;
    };
    LedgerRowDto: {
      amountCents: number;
      /** Format: date */
      effectiveOn: string;
      hash: string;
      /** @enum {string} */
      kind:
        | 'issue'
        | 'transfer_in'
        | 'transfer_out'
        | 'redemption'
        | 'cancellation'
        | 'conversion_in'
        | 'conversion_out'
        | 'opening';
      memberId: string;
      memberName: string;
      memberNumber: number | null;
      operationId: string | null;
      operationType: string;
      previousHash: string;
      quantity: number;
      /** Format: date-time */
      recordedAt: string;
      sequence: number;
      shareClassCode: string;
      unitCents: number;
    };
    /** @enum {string} */
    LegalForm: 'SCIC_SAS' | 'SCIC_SA' | 'SCIC_SARL' | 'SCOP_SA' | 'SCOP_SARL' | 'SA_COOP' | 'ASSOCIATION' | 'OTHER';
    LoginDto: {
      email: string;
      password: string;
      /**
       * @description `bearer` (default): answers an access token and a refresh token, for API clients. `cookie`:
       *     sets an HttpOnly session cookie and answers the CSRF token to send back on changes, for browsers.
       * @enum {string}
       */
      session?: 'bearer' | 'cookie';
      /**
       * @description With two-factor sign-in on: the 6-digit code of the authenticator app, or one of the recovery
       *     codes (each good once). Without it such an account is answered 401 `totp-required`.
       */
      totpCode?: string;
    };
    LoginResponseDto: {
      accessToken?: string;
      /** @description with `session: "cookie"`: send it in `X-CSRF-Token` on every change */
      csrfToken?: string;
      expiresIn?: number;
      refreshToken?: string;
      user: components['schemas']['UserDto'];
    };
    LossPerShareDto: {
      lossPerShareCents: number;
      shareClassCode: string;
    };
    MeDto: {
      /** Format: date-time */
      createdAt: string;
      /** @description with a cookie session: the token to send in `X-CSRF-Token` on every change */
      csrfToken?: string;
      email: string;
      /** @description whether the owner of the address followed the verification link: until then no role can be given */
      emailVerified: boolean;
      id: string;
      name: string;
      /** @description whether signing in takes a code from an authenticator app (TOTP) besides the password */
      twoFactorEnabled: boolean;
    };
    MemberDto: {
      addressLine1: string | null;
      addressLine2: string | null;
      admissionDecisionRef: string | null;
      /** Format: date */
      admittedOn: string | null;
      /** @enum {string} */
      associateType: 'cooperator' | 'non_cooperator';
      city: string | null;
      collegeCode: string | null;
      companyName: string | null;
      cooperativeSociety: boolean;
      country: string;
      /** Format: date-time */
      createdAt: string;
      eConsent: boolean;
      email: string | null;
      exitDecisionRef: string | null;
      /** Format: date */
      exitOn: string | null;
      externalRef: string | null;
      /** @description the member's ids on other platforms (on `GET members/{id}` only) */
      externalRefs?: components['schemas']['ExternalRefDto'][];
      firstName: string | null;
      iban: string | null;
      id: string;
      /** @enum {string} */
      kind: 'person' | 'legal_entity';
      lastName: string | null;
      legalRepresentative: string | null;
      membershipNumber: number | null;
      phone: string | null;
      postalCode: string | null;
      /** @enum {string|null} */
      scicCategory: 'employee' | 'producer' | 'beneficiary' | 'volunteer' | 'public_body' | 'other' | null;
      siren: string | null;
      /** @enum {string} */
      status: 'applicant' | 'active' | 'resigning' | 'resigned' | 'excluded' | 'deceased';
      /** Format: date-time */
      updatedAt: string;
    };
    MemberListDto: {
      items: components['schemas']['MemberDto'][];
      nextCursor: string | null;
      /** @description exact up to 10,000 matches */
      total: number;
      /** @description true when more than 10,000 members match: narrow the search */
      totalCapped?: boolean;
    };
    MembershipApplicationDto: {
      addressLine1: string;
      addressLine2?: string;
      /** @description the ids of the documents shown (`charters` of the form): every current version */
      charterIds: string[];
      city: string;
      /** @description required when the co-op has colleges: the one the applicant belongs to */
      collegeCode?: string;
      /** @description a legal entity's name */
      companyName?: string;
      consents: components['schemas']['ApplicationConsentsDto'];
      /** @description ISO 3166 alpha-2, FR by default */
      country?: string;
      /**
       * Format: email
       * @description a person's address; for a legal entity, its own (the representative's by default)
       */
      email?: string;
      /** @description a person's */
      firstName?: string;
      /** @description the applicant's bank account (spaces allowed), for refunds and payouts */
      iban: string;
      /** @enum {string} */
      kind: 'person' | 'legal_entity';
      /** @description a person's */
      lastName?: string;
      phone?: string;
      postalCode: string;
      /** @description number of shares, within the class's minimum and maximum per member */
      quantity: number;
      /** @description a legal entity's representative */
      representative?: components['schemas']['RepresentativeDto'];
      shareClassCode: string;
      /** @description a legal entity's SIREN (9 digits, Luhn-checked) */
      siren?: string;
    };
    MinutesDetailsDto: {
      chairName?: string;
      debatesSummary?: string;
      /** @description the documents and reports submitted to the assembly (accounts, management report, auditor's report...) */
      documentsSubmitted?: string[];
      /**
       * Format: date
       * @description the day the assembly met; the day of its first vote by default
       */
      meetingOn?: string;
      scrutineerNames?: string[];
      secretaryName?: string;
    };
    MinutesDetailsViewDto: {
      chairName: string | null;
      debatesSummary: string | null;
      documentsSubmitted: string[];
      /** Format: date */
      meetingOn: string | null;
      scrutineerNames: string[];
      secretaryName: string | null;
    };
    MyBallotDto: {
      /** @description the member who cast it: you, or your proxy holder */
      castByMemberId: string;
      /** @description what was chosen; null for a secret ballot */
      choice: string[] | null;
      resolutionId: string;
      secret: boolean;
      title: string;
    };
    MyBallotListDto: {
      items: components['schemas']['MyBallotDto'][];
      nextCursor: string | null;
      total: number;
    };
    MyResolutionDto: {
      /** @description it amends the statutes (an extraordinary decision) */
      amendsStatutes: boolean;
      assemblyId: string;
      candidates: {
        key: string;
        label: string;
      }[];
      /** Format: date-time */
      closedAt: string | null;
      /** Format: date-time */
      closesAt: string;
      eligibleCount: number | null;
      id: string;
      /** @enum {string} */
      kind: 'motion' | 'election';
      /** @enum {string} */
      majority: 'simple' | 'two_thirds';
      /**
       * @description what its majority is counted on: the organization's setting when it was created
       * @enum {string}
       */
      majorityBase: 'expressed' | 'present_or_represented' | 'sarl';
      number: number;
      /** Format: date-time */
      openedAt: string | null;
      /** Format: date-time */
      opensAt: string;
      /** @enum {string|null} */
      outcome: 'adopted' | 'rejected' | 'no_quorum' | 'elected' | null;
      /** @description members you hold a proxy for and who have not voted yet */
      proxiesToCast: string[];
      quorumPercent: number;
      sealHash: string | null;
      seats: number | null;
      secondConvocationOf: string | null;
      /** @enum {string} */
      status: 'draft' | 'open' | 'closed';
      text: string;
      title: string;
      /** @description whether you (or your proxy) already voted */
      voted: boolean;
      /** @description on creation: what is below the legal minimum of the form and decision (allowed, but said) */
      warnings?: string[];
    };
    MyResolutionListDto: {
      items: components['schemas']['MyResolutionDto'][];
      nextCursor: string | null;
      total: number;
    };
    NoticeStartedDto: {
      /** @description `GET /v1/orgs/{slug}/jobs/{jobId}` */
      jobId: string;
    };
    OpeningResultDto: {
      capitalCents: number;
      members: number;
      movements: number;
      /** Format: date */
      openedOn: string;
    };
    OrganizationDto: {
      /** @description anyone may apply for membership at `/join/{slug}` */
      acceptsApplications: boolean;
      address: string | null;
      capitalFloorPercent: number;
      /** Format: date-time */
      createdAt: string;
      currency: string;
      /** @enum {string} */
      defaultLanguage: 'fr' | 'en';
      eConvocation: boolean;
      fiscalYearEnd: string;
      /** @description only members whose shares are fully paid vote (statutory option) */
      fullyPaidSharesOnly: boolean;
      id: string;
      instalmentDeadlineYears: number;
      legalForm: components['schemas']['LegalForm'];
      /**
       * @description the legal form's majority base
       * @enum {string}
       */
      legalMajorityBase: 'expressed' | 'present_or_represented' | 'sarl';
      /** @description the least the law allows for the legal form (loi 47-1775 art. 27, loi 78-763 art. 3) */
      legalMinimumCapitalCents: number;
      legalRepresentativeName: string | null;
      legalRepresentativeTitle: string | null;
      /**
       * @description what majorities are counted on (the statutes', else the legal form's)
       * @enum {string}
       */
      majorityBase: 'expressed' | 'present_or_represented' | 'sarl';
      /** @description the caller's member record here, if their account is linked to one */
      memberId?: string | null;
      minimumCapitalCents: number;
      name: string;
      /** @description the account applicants pay their shares into */
      paymentIban: string | null;
      rcsCity: string | null;
      /** @description its admins must sign in with two factors (TOTP) */
      requireAdminTwoFactor: boolean;
      /** @description everyone signs in through the organization's identity providers (single sign-on) */
      requireSso: boolean;
      /** @description the caller's role in this organization */
      role?: components['schemas']['Role'];
      signaturePlace: string | null;
      siren: string | null;
      slug: string;
      timezone: string;
    };
    OrganizationListDto: {
      items: components['schemas']['OrganizationDto'][];
      nextCursor: string | null;
      total: number;
    };
    OrganizationUserDto: {
      email: string;
      memberId: string | null;
      name: string;
      role: components['schemas']['Role'];
      /** Format: date-time */
      since: string;
      userId: string;
    };
    OrganizationUserListDto: {
      items: components['schemas']['OrganizationUserDto'][];
      nextCursor: string | null;
      total: number;
    };
    ParticipationDto: {
      colleges: components['schemas']['CollegeParticipationDto'][];
      eligibleCount: number;
      proxyVotes: number;
      resolutionId: string;
      /** @enum {string} */
      status: 'draft' | 'open' | 'closed';
      /** @description a page (`limit`, `offset`) of the voters by membership number (participations keep no time: nothing a secret box could be matched with) */
      voters: components['schemas']['VoterDto'][];
      votersCount: number;
    };
    PasswordResetConfirmDto: {
      password: string;
      token: string;
    };
    PasswordResetDto: {
      email: string;
    };
    PayeeDto: {
      bic?: string;
      iban: string;
      /** @description the member, or for a deceased member the heirs (or the notary acting for them) */
      name: string;
    };
    PayeeViewDto: {
      bic: string | null;
      iban: string;
      name: string;
    };
    PaymentAccountDto: {
      /** @description the organization's name at the provider (HelloAsso: the slug in its URLs, e.g. `ma-cooperative`) */
      accountRef: string;
      /**
       * Format: uri
       * @description the provider's API: `https://api.helloasso.com`, or `https://api.helloasso-sandbox.com` to test
       */
      baseUrl: string;
      clientId: string;
      /** @description required the first time; left out, the stored secret is kept. Never shown again */
      clientSecret?: string;
      /** @description checkouts offered (false: the account is kept, nothing is offered) */
      enabled?: boolean;
      /** @enum {string} */
      provider: 'helloasso';
    };
    PaymentAccountStateDto: {
      /** @description null: no provider is set up */
      account: components['schemas']['PaymentAccountViewDto'] | null;
    };
    PaymentAccountViewDto: {
      accountRef: string;
      baseUrl: string;
      clientId: string;
      enabled: boolean;
      /** @description the URL to give the provider for its notifications */
      notificationUrl: string;
      /** @enum {string} */
      provider: 'helloasso';
      /** Format: date-time */
      updatedAt: string;
    };
    PaymentDto: {
      amountCents: number;
      id: string;
      /** @enum {string} */
      method: 'transfer' | 'check' | 'card' | 'cash' | 'direct_debit' | 'other';
      /** Format: date */
      paidOn: string;
      /** Format: date-time */
      recordedAt: string;
      reference: string | null;
      subscriptionId: string;
    };
    PayoutBatchDto: {
      /** Format: date-time */
      cancelledAt: string | null;
      cancelReason: string | null;
      /** Format: date-time */
      createdAt: string;
      debtor: components['schemas']['PayeeViewDto'];
      /** Format: date */
      executionOn: string;
      fileName: string;
      id: string;
      items: components['schemas']['PayoutBatchItemDto'][];
      /** @description GrpHdr/MsgId of the file, unique: derived from the batch id */
      messageId: string;
      /** @enum {string} */
      status: 'issued' | 'cancelled';
      totalCents: number;
      transferCount: number;
    };
    PayoutBatchItemDto: {
      amountCents: number;
      /** @description EndToEndId in the file: the redemption id without dashes */
      endToEndId: string;
      memberId: string;
      redemptionId: string;
    };
    PayoutBatchListDto: {
      items: components['schemas']['PayoutBatchDto'][];
      nextCursor: string | null;
      total: number;
    };
    PayoutDto: {
      /** Format: date */
      paidOn: string;
      reference?: string;
    };
    PendingListDto: {
      charter: components['schemas']['CharterDto'];
      items: components['schemas']['PendingMemberDto'][];
      total: number;
    };
    PendingMemberDto: {
      displayName: string;
      email: string | null;
      id: string;
      membershipNumber: number | null;
      status: string;
    };
    /** @description RFC 9457 problem details: every error answer (`application/problem+json`). */
    Problem: {
      /** @description what went wrong this time, for a person */
      detail?: string;
      /** @description each invalid field (and, for a CSV import, row) */
      errors?: {
        /** @description the field, header or CSV column at fault */
        field?: string;
        message: string;
        /** @description the line of the CSV file */
        row?: number;
      }[];
      /** @description the path of the request */
      instance?: string;
      /** @description the `X-Request-Id` of the request: quote it when reporting a 500 */
      requestId?: string;
      /** @description the HTTP status */
      status: number;
      /** @description short, the same for every problem of a type */
      title: string;
      /**
       * @description `/problems/<code>` for a known problem (stable: match on it), `about:blank` otherwise
       * @example /problems/validation-error
       */
      type: string;
    } & {
      [key: string]: unknown;
    };
    ProofStepDto: {
      hash: string;
      /** @enum {string} */
      side: 'left' | 'right';
    };
    ProxyDto: {
      assemblyId: string;
      /** Format: date-time */
      createdAt: string;
      grantorMemberId: string;
      holderMemberId: string;
      id: string;
      /** Format: date-time */
      revokedAt: string | null;
    };
    ProxyListDto: {
      items: components['schemas']['ProxyDto'][];
      nextCursor: string | null;
      total: number;
    };
    PublicCampaignDto: {
      beneficiary: string | null;
      contributorsCount: number;
      description: string;
      /** Format: date */
      endsOn: string;
      goalCents: number;
      id: string;
      /** @enum {string} */
      mode: 'keep_it_all' | 'all_or_nothing';
      /** @description only those who agreed to be named */
      namedContributors: components['schemas']['PublicContributorDto'][];
      organization: {
        name: string;
        slug: string;
      };
      pledgedCents: number;
      progressByWeek: components['schemas']['WeekProgressDto'][];
      progressPercent: number;
      raisedCents: number;
      /** Format: date */
      startsOn: string;
      /** @enum {string} */
      status: 'draft' | 'open' | 'succeeded' | 'failed' | 'closed';
      title: string;
    };
    PublicCheckoutDto: {
      /** @description the postal address on one line, printed on a tax receipt */
      address?: string;
      /** @description the donation */
      amountCents: number;
      /**
       * Format: email
       * @description where the receipt is sent
       */
      email: string;
      firstName: string;
      lastName: string;
      /** @description the contributor agrees to be named on the public page */
      publicName?: boolean;
    };
    PublicContributorDto: {
      amountCents: number;
      name: string;
    };
    PublicPaymentsDto: {
      /** @description a payment by card (the provider's checkout) is offered */
      checkout: boolean;
    };
    PublishCharterDto: {
      /** @description the text (Markdown), at most 200,000 characters */
      body: string;
      /** @enum {string} */
      kind: 'charter' | 'statutes' | 'internal_rules';
      /** @description admission then needs the member's acceptance of this version */
      requiredForAdmission?: boolean;
      title: string;
    };
    PublishedAnchorDto: {
      hash: string;
      /** Format: date-time */
      publishedAt: string | null;
      sequence: number;
      /** @description capital-statement, capital-report, ledger-export, fec-export, fiscal-year-close; `query` for the one given */
      source: string;
    };
    PublishedCharterDto: {
      body?: string;
      /** @description whether this is the current version of its kind */
      current: boolean;
      id: string;
      /** @enum {string} */
      kind: 'charter' | 'statutes' | 'internal_rules';
      pendingCount: number;
      /** Format: date-time */
      publishedAt: string;
      requiredForAdmission: boolean;
      title: string;
      version: number;
    };
    ReadinessCheckDto: {
      /** @description when not ok: the opening would be refused or the vote pointless (true), or the administrator should know (false) */
      blocking: boolean;
      /** @enum {string} */
      code: 'agenda' | 'colleges' | 'members-without-college' | 'electorate' | 'notice' | 'convened';
      /** @description members concerned (electorate, members without college, resolutions on the agenda) */
      count: number | null;
      /** @description days of notice between the convocation (or now, when not sent yet) and the first vote */
      days: number | null;
      /** @description what is wrong and how to fix it (English; the web app says it in the reader's language from the fields below) */
      detail: string;
      ok: boolean;
      /** @description the colleges' problems (weights), as the API would refuse them */
      problems: string[];
      /** @description the notice required */
      requiredDays: number | null;
    };
    ReadinessDto: {
      checks: components['schemas']['ReadinessCheckDto'][];
      /**
       * Format: date-time
       * @description when the convocation was first sent by e-mail, or null
       */
      convenedAt: string | null;
      /** @description active members holding at least one fully paid share today: who would vote if a resolution opened now */
      electorateCount: number;
      /**
       * Format: date-time
       * @description when the first resolution still to vote on opens, or null
       */
      firstOpensAt: string | null;
      /** @description no blocking check fails */
      ready: boolean;
    };
    ReceiptDto: {
      memberId: string;
      /** @description keep it private: it proves your ballot was counted, and shows its choice (`POST resolutions/{id}/verify`) */
      receipt: string;
      replaced: boolean;
      resolutionId: string;
    };
    RecoveryCodesDto: {
      recoveryCodes: string[];
    };
    RecurrenceDto: {
      /** @enum {string} */
      every: 'monthly';
      /** @description how many monthly instalments (2–60) */
      months: number;
      /**
       * Format: date
       * @description the first instalment's date (today by default); the others fall on the same day of the following months
       */
      startsOn?: string;
    };
    RecurrenceViewDto: {
      /** @enum {string} */
      every: 'monthly';
      months: number;
    };
    RedemptionDto: {
      /** Format: date */
      decidedOn: string | null;
      decisionRef: string | null;
      /** Format: date */
      dueOn: string | null;
      /** Format: date */
      effectiveOn: string;
      id: string;
      lossPerShareCents: number;
      memberId: string;
      memberStatus?: string;
      /** Format: date */
      paidOn: string | null;
      payee: components['schemas']['PayeeViewDto'] | null;
      paymentReference: string | null;
      payoutCents: number;
      quantity: number;
      /** @description place in the queue of waiting requests (1: next) */
      queuePosition?: number;
      reason: string | null;
      /** Format: date-time */
      requestedAt: string;
      shareClassCode: string;
      /** @enum {string} */
      status: 'pending' | 'waiting' | 'approved' | 'paid' | 'rejected' | 'cancelled';
      /** @description why it waits (the capital floor) or why it was rejected */
      statusReason: string | null;
      unitCents: number;
    };
    RedemptionListDto: {
      items: components['schemas']['RedemptionRowDto'][];
      nextCursor: string | null;
      total: number;
    };
    RedemptionRowDto: {
      /** Format: date */
      decidedOn: string | null;
      decisionRef: string | null;
      /** Format: date */
      dueOn: string | null;
      /** Format: date */
      effectiveOn: string;
      id: string;
      lossPerShareCents: number;
      memberId: string;
      memberName: string;
      memberNumber: number | null;
      memberStatus?: string;
      /** Format: date */
      paidOn: string | null;
      payee: components['schemas']['PayeeViewDto'] | null;
      paymentReference: string | null;
      payoutCents: number;
      quantity: number;
      /** @description place in the queue of waiting requests (1: next) */
      queuePosition?: number;
      reason: string | null;
      /** Format: date-time */
      requestedAt: string;
      shareClassCode: string;
      /** @enum {string} */
      status: 'pending' | 'waiting' | 'approved' | 'paid' | 'rejected' | 'cancelled';
      /** @description why it waits (the capital floor) or why it was rejected */
      statusReason: string | null;
      unitCents: number;
    };
    RefreshDto: {
      refreshToken: string;
    };
    RefundContributionDto: {
      reference?: string;
      /**
       * Format: date
       * @description the day the money went back; today by default
       */
      refundedOn?: string;
    };
    RefuseContributionDto: {
      /**
       * Format: date
       * @description date of the decision; today by default
       */
      decidedOn?: string;
      /** @description the board meeting or general assembly that decided (CA du 12/03/2026 ...) */
      decisionRef?: string;
      reason: string;
    };
    RejectDto: {
      /**
       * Format: date
       * @description date of the decision; today by default
       */
      decidedOn?: string;
      /** @description the board meeting or general assembly that decided (CA du 12/03/2026 ...) */
      decisionRef?: string;
      reason: string;
    };
    RepresentativeDto: {
      /** Format: email */
      email: string;
      name: string;
      /** @description e.g. gérante, président */
      role: string;
    };
    ResignMemberDto: {
      decisionRef?: string;
      /**
       * Format: date
       * @description when the resignation takes effect (often the fiscal year end)
       */
      effectiveOn: string;
    };
    ResolutionDto: {
      /** @description it amends the statutes (an extraordinary decision) */
      amendsStatutes: boolean;
      assemblyId: string;
      candidates: {
        key: string;
        label: string;
      }[];
      /** Format: date-time */
      closedAt: string | null;
      /** Format: date-time */
      closesAt: string;
      eligibleCount: number | null;
      id: string;
      /** @enum {string} */
      kind: 'motion' | 'election';
      /** @enum {string} */
      majority: 'simple' | 'two_thirds';
      /**
       * @description what its majority is counted on: the organization's setting when it was created
       * @enum {string}
       */
      majorityBase: 'expressed' | 'present_or_represented' | 'sarl';
      number: number;
      /** Format: date-time */
      openedAt: string | null;
      /** Format: date-time */
      opensAt: string;
      /** @enum {string|null} */
      outcome: 'adopted' | 'rejected' | 'no_quorum' | 'elected' | null;
      quorumPercent: number;
      sealHash: string | null;
      seats: number | null;
      secondConvocationOf: string | null;
      /** @enum {string} */
      status: 'draft' | 'open' | 'closed';
      text: string;
      title: string;
      /** @description on creation: what is below the legal minimum of the form and decision (allowed, but said) */
      warnings?: string[];
    };
    ResolutionListDto: {
      items: components['schemas']['ResolutionDto'][];
      nextCursor: string | null;
      total: number;
    };
    ResultsDto: {
      candidates?: {
        key: string;
        label: string;
        votes: number;
        weightedPercent: number;
      }[];
      colleges: components['schemas']['CollegeResultDto'][];
      counts: components['schemas']['VoteCountsDto'];
      elected?: string[];
      eligibleCount: number;
      forPercent: number | null;
      /**
       * @description what the majority was counted on: expressed votes, votes of members present or represented, or all votes
       * @enum {string}
       */
      majorityBase?: 'expressed' | 'present_or_represented' | 'all_votes';
      /** @enum {string|null} */
      outcome: 'adopted' | 'rejected' | 'no_quorum' | 'elected' | null;
      proxyVotes: number;
      quorumPercent: number;
      quorumReached: boolean;
      sealHash: string | null;
      /** @enum {string} */
      status: 'draft' | 'open' | 'closed';
      tie?: boolean;
      /** @description the art. 3 bis caps (null with college weighting, where the statutes' weights decide) */
      voteCap?: components['schemas']['VoteCapDto'] | null;
      votersCount: number;
    };
    ReversalDto: {
      /**
       * Format: date
       * @description today by default; must fall in an open fiscal year
       */
      effectiveOn?: string;
      reason: string;
      /** @description the sequence of a movement of the operation to reverse (every movement of that operation is reversed) */
      sequence: number;
    };
    ReversalResultDto: {
      movements: components['schemas']['LedgerItemDto'][];
      operationId: string;
    };
    /**
     * @description the caller's role in this organization
     * @enum {string}
     */
    Role: 'admin' | 'accountant' | 'member';
    ScicCategoriesDto: {
      /** @description at least three categories, employees (or producers) and beneficiaries among them */
      complete: boolean;
      /** @description active members per category (uncategorised under `none`) */
      counts: {
        [key: string]: number;
      };
      /** @description what is missing; a readiness warning, not a refusal */
      problems: string[];
    };
    SecondConvocationDto: {
      /** Format: date-time */
      closesAt: string;
      /** Format: date-time */
      opensAt: string;
    };
    SepaBatchDto: {
      /** @description the co-op's account the money leaves from */
      debtor: components['schemas']['PayeeDto'];
      /** Format: date */
      executionOn: string;
      redemptionIds: string[];
    };
    SessionDto: {
      /** Format: date-time */
      createdAt: string;
      /** @description the session this request comes from */
      current: boolean;
      /** Format: date-time */
      expiresAt: string;
      id: string;
      ip: string | null;
      /** @enum {string} */
      kind: 'cookie' | 'bearer';
      /** Format: date-time */
      lastUsedAt: string;
      userAgent: string | null;
    };
    SessionListDto: {
      items: components['schemas']['SessionDto'][];
      nextCursor: string | null;
      total: number;
    };
    SetExternalRefDto: {
      /** @example usr_8f2a */
      externalId: string;
    };
    ShareClassDto: {
      code: string;
      collegeCodes: string[];
      id: string;
      instalmentsAllowed: boolean;
      maxPerMember: number | null;
      minPerMember: number;
      name: string;
      nominalCents: number;
    };
    ShareClassListDto: {
      items: components['schemas']['ShareClassDto'][];
      /** @description always null: the whole list fits in one page */
      nextCursor: string | null;
      total: number;
    };
    SignupDto: {
      email: string;
      name: string;
      /** @description At least 10 characters, and hard to guess. */
      password: string;
    };
    SignupResponseDto: {
      accessToken: string;
      /** @description seconds until the access token expires */
      expiresIn: number;
      /** @description renews the access token (`POST /v1/auth/refresh`); ends with the session */
      refreshToken: string;
      user: components['schemas']['UserDto'];
    };
    SsoButtonDto: {
      id: string;
      name: string;
      /** @description `GET` it (a browser navigation) to sign in; add `?returnTo=/path` */
      startUrl: string;
    };
    SsoButtonListDto: {
      items: components['schemas']['SsoButtonDto'][];
    };
    StatusCountDto: {
      count: number;
      /** @enum {string} */
      status: 'applicant' | 'active' | 'resigning' | 'resigned' | 'excluded' | 'deceased';
    };
    SubscriptionCheckoutDto: {
      /** @description part of what is due; the whole amount due when left out */
      amountCents?: number;
    };
    SubscriptionDto: {
      amountCents: number;
      calledCents: number;
      calls?: components['schemas']['CapitalCallDto'][];
      /** Format: date-time */
      createdAt: string;
      /** Format: date */
      decidedOn: string | null;
      decisionRef: string | null;
      /**
       * Format: date
       * @description by instalments: the day by which the whole subscription must be paid up — the subscription date
       *     plus the organization's `instalmentDeadlineYears` (3 by law, loi 47-1775 art. 12); null otherwise
       */
      fullPaymentDueOn: string | null;
      id: string;
      instalments: boolean;
      /** Format: date */
      issuedOn: string | null;
      memberId: string;
      /** @description the member's status after this operation (an applicant's first issued shares admit them) */
      memberStatus?: string;
      paidCents: number;
      payments?: components['schemas']['PaymentDto'][];
      quantity: number;
      refundedCents: number;
      rejectionReason: string | null;
      shareClassCode: string;
      /** @enum {string} */
      status: 'pending' | 'approved' | 'rejected' | 'issued' | 'cancelled' | 'defaulted';
      /** Format: date */
      subscribedOn: string;
      unitCents: number;
    };
    SubscriptionListDto: {
      items: components['schemas']['SubscriptionRowDto'][];
      nextCursor: string | null;
      total: number;
    };
    SubscriptionRowDto: {
      amountCents: number;
      calledCents: number;
      calls?: components['schemas']['CapitalCallDto'][];
      /** Format: date-time */
      createdAt: string;
      /** Format: date */
      decidedOn: string | null;
      decisionRef: string | null;
      /**
       * Format: date
       * @description by instalments: the day by which the whole subscription must be paid up — the subscription date
       *     plus the organization's `instalmentDeadlineYears` (3 by law, loi 47-1775 art. 12); null otherwise
       */
      fullPaymentDueOn: string | null;
      id: string;
      instalments: boolean;
      /** Format: date */
      issuedOn: string | null;
      memberId: string;
      /** @description a person's first and last names, or a legal entity's company name */
      memberName: string;
      memberNumber: number | null;
      /** @description the member's status after this operation (an applicant's first issued shares admit them) */
      memberStatus?: string;
      paidCents: number;
      payments?: components['schemas']['PaymentDto'][];
      quantity: number;
      refundedCents: number;
      rejectionReason: string | null;
      shareClassCode: string;
      /** @enum {string} */
      status: 'pending' | 'approved' | 'rejected' | 'issued' | 'cancelled' | 'defaulted';
      /** Format: date */
      subscribedOn: string;
      unitCents: number;
    };
    TokenDto: {
      token: string;
    };
    TotpConfirmDto: {
      code: string;
      password: string;
    };
    TotpEnableDto: {
      code: string;
    };
    TotpSetupDto: {
      /** @description `otpauth://totp/Socius:<e-mail>?secret=…&issuer=Socius`, to show as a QR code */
      otpauthUrl: string;
      /** @description base32, to type into the app by hand */
      secret: string;
    };
    TransferDto: {
      /** Format: date-time */
      createdAt: string;
      /** Format: date */
      decidedOn: string | null;
      decisionRef: string | null;
      /** Format: date */
      effectiveOn: string;
      fromMemberId: string;
      id: string;
      quantity: number;
      rejectionReason: string | null;
      shareClassCode: string;
      /** @enum {string} */
      status: 'pending' | 'approved' | 'rejected' | 'cancelled';
      toMemberId: string;
      unitCents: number;
    };
    TransferListDto: {
      items: components['schemas']['TransferRowDto'][];
      nextCursor: string | null;
      total: number;
    };
    TransferRowDto: {
      /** Format: date-time */
      createdAt: string;
      /** Format: date */
      decidedOn: string | null;
      decisionRef: string | null;
      /** Format: date */
      effectiveOn: string;
      fromMemberId: string;
      fromMemberName: string;
      fromMemberNumber: number | null;
      id: string;
      quantity: number;
      rejectionReason: string | null;
      shareClassCode: string;
      /** @enum {string} */
      status: 'pending' | 'approved' | 'rejected' | 'cancelled';
      toMemberId: string;
      toMemberName: string;
      toMemberNumber: number | null;
      unitCents: number;
    };
    UpdateAssemblyDto: {
      allowVoteChange?: boolean;
      /** @description how members were convened (for the minutes) */
      convocationMethod?: string;
      /** @enum {string} */
      kind?: 'ordinary' | 'extraordinary' | 'permanent';
      /** @description proxies one member may hold besides their own vote (0: no proxies) */
      maxProxiesPerHolder?: number;
      place?: string;
      /**
       * @description `scop`: the legal cap of loi 78-763 (one below 20 members, a twentieth from 20 on) instead of the
       *     number; the default of SCOP forms (`fixed` elsewhere)
       * @enum {string}
       */
      proxyCapRule?: 'fixed' | 'scop';
      /**
       * @description quorum of a resolution put again on second convocation: by default the legal one of the form for
       *     an extraordinary assembly (e.g. 20 % for an SA, C. com. L225-96), else none
       */
      secondConvocationQuorumPercent?: number;
      secret?: boolean;
      title?: string;
      /**
       * @description `per_member` (one member one vote), `college` (SCIC colleges), `per_share` (not for co-ops)
       * @enum {string}
       */
      weighting?: 'per_member' | 'college' | 'per_share';
    };
    UpdateCollegeDto: {
      name?: string;
      /** @description voting weight of the college, in percent (two decimals at most) */
      weightPercent?: number;
    };
    UpdateIdentityProviderDto: {
      clientId?: string;
      /** @description a new secret (the current one is never answered) */
      clientSecret?: string;
      enabled?: boolean;
      issuer?: string;
      name?: string;
    };
    UpdateMemberDto: {
      addressLine1?: string;
      addressLine2?: string;
      /**
       * @description `cooperator` (the default) or `non_cooperator`: an associate who brings capital without using the
       *     co-op's services; their votes are capped (loi 47-1775 art. 3 bis)
       * @enum {string}
       */
      associateType?: 'cooperator' | 'non_cooperator';
      city?: string;
      collegeCode?: string;
      /** @description required for a legal entity */
      companyName?: string;
      /** @description the member is a cooperative society (a non-cooperator one falls under the 49 % cap only) */
      cooperativeSociety?: boolean;
      /** @description ISO 3166 alpha-2, FR by default */
      country?: string;
      /** @description consents to receive convocations and documents by e-mail */
      eConsent?: boolean;
      /** Format: email */
      email?: string;
      externalRef?: string;
      firstName?: string;
      /** @description the member's bank account, for refunds and redemption payouts (spaces allowed) */
      iban?: string;
      /** @description required for a person */
      lastName?: string;
      legalRepresentative?: string;
      phone?: string;
      postalCode?: string;
      /**
       * @description its category of associates in a SCIC (art. 19 septies), apart from its voting college; null clears it
       * @enum {string|null}
       */
      scicCategory?: 'employee' | 'producer' | 'beneficiary' | 'volunteer' | 'public_body' | 'other' | null;
      siren?: string;
    };
    UpdateOrganizationDto: {
      /** @description anyone may apply for membership on the public form `/join/{slug}` */
      acceptsApplications?: boolean;
      address?: string;
      /**
       * @description redemptions may not bring the capital below this percent of the highest capital ever recorded:
       *     25 by law (loi 47-1775 art. 13, the default), up to 100 if the statutes say so
       */
      capitalFloorPercent?: number;
      /**
       * @description the language of documents and e-mails unless asked otherwise
       * @enum {string}
       */
      defaultLanguage?: 'fr' | 'en';
      eConvocation?: boolean;
      /** @description last day of the fiscal year, MM-DD */
      fiscalYearEnd?: string;
      /**
       * @description statutory option: only members whose shares are fully paid vote; by default a member who has
       *     paid what has fallen due of the capital called votes (C. com. L228-29)
       */
      fullyPaidSharesOnly?: boolean;
      /**
       * @description years from the subscription within which shares paid by instalments must be fully paid up: 3 by
       *     law (loi 47-1775 art. 12, the default), less per the statutes, up to 5 under a special regime
       */
      instalmentDeadlineYears?: number;
      legalForm?: components['schemas']['LegalForm'];
      /** @description who signs certificates: the legal representative's name... */
      legalRepresentativeName?: string;
      /** @description ...and title (Président, Gérante, Directeur général...) */
      legalRepresentativeTitle?: string;
      /**
       * @description what majorities are counted on, per the statutes: `expressed` votes (SA rule since loi 2019-744),
       *     votes of members `present_or_represented` (SCOP, loi 78-763), or the `sarl` rules (C. com.
       *     L223-29/30); by default the legal form's (`legalMajorityBase`); null resets to it
       * @enum {string|null}
       */
      majorityBase?: 'expressed' | 'present_or_represented' | 'sarl' | null;
      /**
       * @description statutory minimum capital, in cents: at least the legal minimum of the legal form (18 500 € for
       *     a co-operative SA, loi 47-1775 art. 27; 30 € for a SCOP SARL, loi 78-763 art. 3), which is the default
       */
      minimumCapitalCents?: number;
      name?: string;
      /** @description the account applicants pay their shares into (spaces allowed); null removes it */
      paymentIban?: string | null;
      /** @description the city of the registry it is registered at, printed "RCS {city} {SIREN}" (C. com. R123-237) */
      rcsCity?: string;
      /**
       * @description Its admins must sign in with two factors: an admin who has not turned it on is refused (403
       *     `two-factor-required`) on every route of the organization until they do. Only an admin who has
       *     it on may turn this on (422 `two-factor-not-enabled` otherwise).
       */
      requireAdminTwoFactor?: boolean;
      /** @description everyone signs in through the organization's identity providers (only an admin signed in that way turns it on) */
      requireSso?: boolean;
      /** @description "Fait à ..." on signed documents; the registry's city when not set */
      signaturePlace?: string;
      siren?: string;
    };
    UpdateResolutionDto: {
      /** Format: date-time */
      closesAt?: string;
      /**
       * @description by default the legal one of the decision's kind: two thirds for an extraordinary decision (an
       *     extraordinary assembly's, or a statute amendment), else simple; a lower one is allowed with a warning
       * @enum {string}
       */
      majority?: 'simple' | 'two_thirds';
      /** Format: date-time */
      opensAt?: string;
      /**
       * @description percent of the eligible members who must take part (abstaining counts); 0 for none. By default the
       *     legal one of the form and decision (e.g. 25 % for an SA's extraordinary decision, C. com. L225-96)
       */
      quorumPercent?: number;
      text?: string;
      title?: string;
    };
    UpdateShareClassDto: {
      /** @description colleges whose members may hold this class; empty or absent: every college */
      collegeCodes?: string[];
      /** @description the statutes allow paying these shares by instalments (a quarter at least at subscription) */
      instalmentsAllowed?: boolean;
      maxPerMember?: number | null;
      /** @description the least a member must hold of this class (0: no minimum) */
      minPerMember?: number;
      name?: string;
    };
    UpdateWebhookDto: {
      /** @description true re-enables an endpoint its failures disabled (and forgets them) */
      enabled?: boolean;
      events?: components['schemas']['WebhookEventType'][];
      scopes?: components['schemas']['ApiScope'][];
      url?: string;
    };
    UserDto: {
      /** Format: date-time */
      createdAt: string;
      email: string;
      /** @description whether the owner of the address followed the verification link: until then no role can be given */
      emailVerified: boolean;
      id: string;
      name: string;
      /** @description whether signing in takes a code from an authenticator app (TOTP) besides the password */
      twoFactorEnabled: boolean;
    };
    VerificationDto: {
      document?: components['schemas']['VerifiedDocumentDto'];
      /** @description whether this code, or these bytes, are those of a document issued here */
      valid: boolean;
    };
    VerifiedDocumentDto: {
      /** Format: date-time */
      issuedAt: string;
      /** @enum {string} */
      kind:
        | 'resolution_minutes'
        | 'assembly_minutes'
        | 'share_certificate'
        | 'subscription_receipt'
        | 'tax_certificate'
        | 'capital_statement'
        | 'contribution_receipt'
        | 'donation_tax_receipt';
      /** @enum {string} */
      language: 'fr' | 'en';
      number: string;
      organization: components['schemas']['VerifiedOrganizationDto'];
      /** @description SHA-256 of the file as issued: any other file is not this document */
      sha256: string;
      /** @description what it certifies (for minutes: the assembly and each resolution's outcome, counts and seal) */
      summary: {
        [key: string]: unknown;
      };
      title: string;
    };
    VerifiedOrganizationDto: {
      legalForm: string;
      name: string;
      siren: string | null;
    };
    VerifyReceiptDto: {
      /** @description the receipt given when the ballot was cast */
      receipt: string;
    };
    VerifyResultDto: {
      /** @description the ballot's choice, shown to the holder of its receipt (a secret one recomputed from the receipt) */
      choice: string[] | null;
      /** @description it is in the sealed box and holds a valid choice: it was counted */
      counted: boolean;
      /** @description the ballot is under the published seal */
      included: boolean;
      leaf: string;
      proof: components['schemas']['ProofStepDto'][];
      sealHash: string | null;
    };
    VoteCapDto: {
      /** @description whether a cap reduced some votes */
      applied: boolean;
      /** @description each vote of a non-cooperator that is a cooperative society counts for this */
      cooperativeFactor: number;
      /** @description the non-cooperators' share of the electorate's votes before the caps (at most 49 % after) */
      nonCooperatorsPercent: number;
      /** @description each vote of another non-cooperator counts for this */
      otherFactor: number;
      /** @description the share of those of them that are not cooperative societies, before (at most 35 % after) */
      otherNonCooperatorsPercent: number;
      /** @description the votes as counted, after the caps */
      weightedCounts: components['schemas']['VoteCountsDto'] | null;
    };
    VoteCountsDto: {
      abstain: number;
      against: number;
      for: number;
    };
    VoterDto: {
      /** @description their proxy holder cast the ballot */
      byProxy: boolean;
      /** @description who cast it when it was a proxy holder */
      castByName: string | null;
      college: string | null;
      memberId: string;
      membershipNumber: number | null;
      name: string;
    };
    VotingCodeReissuedDto: {
      /**
       * @description `email`: a job e-mails the new code (`jobId`); `post`: print their letter, `letters.pdf?memberId=`
       * @enum {string}
       */
      channel: 'email' | 'post';
      /** @description the job sending the e-mail: `GET /v1/orgs/{slug}/jobs/{jobId}`; null for a member convened by post */
      jobId: string | null;
      /** @description whether the member had a code, now revoked */
      revoked: boolean;
    };
    WaitingReasonDto: {
      count: number;
      /** @description why the redemptions wait (the capital floor…), as recorded when they were held */
      reason: string | null;
    };
    WebhookAttemptDto: {
      /** Format: date-time */
      at: string;
      attempt: number;
      durationMs: number;
      error: string | null;
      replay: boolean;
      /** @description the receiver's HTTP status, null when it did not answer */
      statusCode: number | null;
    };
    WebhookDeliveryDto: {
      /** @description the latest tries first (at most 20) */
      attemptLog: components['schemas']['WebhookAttemptDto'][];
      attempts: number;
      /** Format: date-time */
      createdAt: string;
      eventType: components['schemas']['WebhookEventType'];
      /** @description the `webhook-id` of every try */
      id: string;
      /**
       * Format: date-time
       * @description when the next try is due, while pending
       */
      nextAttemptAt: string | null;
      /** Format: date-time */
      occurredAt: string;
      status: components['schemas']['WebhookDeliveryStatus'];
    };
    WebhookDeliveryListDto: {
      items: components['schemas']['WebhookDeliveryDto'][];
      nextCursor: string | null;
    };
    /** @enum {string} */
    WebhookDeliveryStatus: 'pending' | 'succeeded' | 'failed';
    WebhookDto: {
      consecutiveFailures: number;
      /** Format: date-time */
      createdAt: string;
      /**
       * Format: date-time
       * @description when repeated failures disabled it
       */
      disabledAt: string | null;
      enabled: boolean;
      events: components['schemas']['WebhookEventType'][];
      id: string;
      /**
       * Format: date-time
       * @description until when the secret before the last rotation still signs
       */
      previousSecretExpiresAt: string | null;
      scopes: components['schemas']['ApiScope'][];
      /** Format: date-time */
      updatedAt: string;
      url: string;
    };
    /** @enum {string} */
    WebhookEventType:
      | 'member.created'
      | 'member.updated'
      | 'member.admitted'
      | 'member.exited'
      | 'subscription.approved'
      | 'movement.recorded'
      | 'resolution.opened'
      | 'resolution.closed'
      | 'campaign.opened'
      | 'campaign.closed'
      | 'contribution.paid';
    WebhookListDto: {
      items: components['schemas']['WebhookDto'][];
      nextCursor: string | null;
      total: number;
    };
    WebhookWithSecretDto: {
      consecutiveFailures: number;
      /** Format: date-time */
      createdAt: string;
      /**
       * Format: date-time
       * @description when repeated failures disabled it
       */
      disabledAt: string | null;
      enabled: boolean;
      events: components['schemas']['WebhookEventType'][];
      id: string;
      /**
       * Format: date-time
       * @description until when the secret before the last rotation still signs
       */
      previousSecretExpiresAt: string | null;
      scopes: components['schemas']['ApiScope'][];
      /** @description `whsec_` and base64: verify `webhook-signature` with it */
      secret: string;
      /** Format: date-time */
      updatedAt: string;
      url: string;
    };
    WeekProgressDto: {
      /** @description raised from the start up to the end of that week */
      cumulativeCents: number;
      /** @description received that week, less what was refunded */
      raisedCents: number;
      /**
       * Format: date
       * @description the Monday the week starts on
       */
      weekOf: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  HealthController_check: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Health Check is successful */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            details?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            };
            /** @example {} */
            error?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            info?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /** @example ok */
            status?: string;
          };
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Health Check is not successful */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AccountsController_login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LoginResponseDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Wrong e-mail or password */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many attempts from this address, or the account is locked for a while: see Retry-After */
      429: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AccountsController_logout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AccountsController_me: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeDto'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AccountsController_changePassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangePasswordDto'];
      };
    };
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AccountsController_requestPasswordReset: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PasswordResetDto'];
      };
    };
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many resets asked for: see Retry-After */
      429: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AccountsController_confirmPasswordReset: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PasswordResetConfirmDto'];
      };
    };
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AccountsController_refresh: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RefreshDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccessTokenDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The refresh token is unknown, or its session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AccountsController_sessionsList: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionListDto'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AccountsController_endSession: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found: nothing of that identifier that you can see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AccountsController_signup: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SignupDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SignupResponseDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An account already uses this e-mail address (`/problems/email-taken`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many sign-ups from this address: see Retry-After */
      429: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SsoController_buttons: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SsoButtonListDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found: nothing of that identifier that you can see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SsoController_start: {
    parameters: {
      query?: {
        /** @description a path of this site to land on once signed in */
        returnTo?: unknown;
      };
      header?: never;
      path: {
        providerId: string;
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description To the provider's sign-in page; or to the sign-in page saying what went wrong */
      302: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found: nothing of that identifier that you can see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SsoController_callback: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Signed in: to the page asked for; or to the sign-in page saying what went wrong */
      302: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  TwoFactorController_disable: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TotpConfirmDto'];
      };
    };
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many wrong codes for this account lately: wait and retry */
      429: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  TwoFactorController_enable: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TotpEnableDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RecoveryCodesDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many wrong codes for this account lately: wait and retry */
      429: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  TwoFactorController_renewRecoveryCodes: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TotpConfirmDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RecoveryCodesDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many wrong codes for this account lately: wait and retry */
      429: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  TwoFactorController_setup: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TotpSetupDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many wrong codes for this account lately: wait and retry */
      429: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AccountsController_verifyEmail: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TokenDto'];
      };
    };
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AccountsController_resendVerification: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many e-mails asked for: see Retry-After */
      429: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  BallotBoxController_ballotBox: {
    parameters: {
      query?: never;
      header: {
        /** @description the code sent with the convocation */
        'X-Voting-Code': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BallotBoxDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials (voting-code) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many wrong voting codes from this address: see Retry-After */
      429: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CalendarFeedController_feed: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        file: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description an iCalendar file (RFC 5545) */
      200: {
        headers: {
          /** @description the file name */
          'Content-Disposition'?: string;
          [name: string]: unknown;
        };
        content: {
          'text/calendar': string;
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No feed at this address: unknown, changed since, or of a member who has left */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  InvitationsController_accept: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AcceptInvitationDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AcceptedInvitationDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  OrganizationsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganizationListDto'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  OrganizationsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateOrganizationDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganizationDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  OrganizationsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganizationDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant, member */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  OrganizationsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateOrganizationDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganizationDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  RegisterController_accounting: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountingSettingsViewDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  RegisterController_setAccounting: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AccountingSettingsDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountingSettingsViewDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ApiTokensController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiTokenListDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ApiTokensController_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateApiTokenDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatedApiTokenDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ApiTokensController_revoke: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AssembliesController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssemblyListDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant, member */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AssembliesController_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateAssemblyDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssemblyDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AssembliesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssemblyDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant, member */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AssembliesConsoleController_updateAssembly: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateAssemblyDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssemblyDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A resolution of this assembly has opened */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CalendarController_assembly: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description an iCalendar file (RFC 5545) */
      200: {
        headers: {
          /** @description the file name */
          'Content-Disposition'?: string;
          [name: string]: unknown;
        };
        content: {
          'text/calendar': string;
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant, member */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ConvocationsController_convene: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConvocationStartedDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ConvocationsController_letters: {
    parameters: {
      query?: {
        /** @description letters in this file (200 at most, the default) */
        limit?: number;
        /** @description only this member's letter (one convened by post), for instance after issuing them a new voting code */
        memberId?: string;
        /** @description members to skip, in membership-number order (for files of more than `limit` letters) */
        offset?: number;
      };
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the letters, one page or more per member */
      200: {
        headers: {
          /** @description the file name */
          'Content-Disposition'?: string;
          /** @description how many letters there are in all */
          'X-Total-Count'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ConvocationsController_postalCsv: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the members to convene by post, French spreadsheet CSV */
      200: {
        headers: {
          /** @description the file name */
          'Content-Disposition'?: string;
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  VotingCodesController_reissue: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        memberId: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VotingCodeReissuedDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  MinutesController_details: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MinutesDetailsViewDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  MinutesController_setDetails: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MinutesDetailsDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MinutesDetailsViewDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  MinutesController_assembly: {
    parameters: {
      query?: {
        /** @description the document's language: the organization's default language (French unless changed) when absent */
        lang?: 'fr' | 'en';
      };
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the PDF */
      200: {
        headers: {
          /** @description the file name */
          'Content-Disposition'?: string;
          /** @description the SHA-256 of the file, quoted */
          ETag?: string;
          /** @description its number */
          'X-Document-Number'?: string;
          /** @description the code printed on the document */
          'X-Verification-Code'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant, member */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The document cannot be issued yet (minutes before the vote closes) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The document does not apply (a tax statement without such payments, or for a legal entity) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AssembliesController_proxies: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProxyListDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, member */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AssembliesController_grantProxy: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['GrantProxyDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProxyDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, member; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ReadinessController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReadinessDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AssembliesController_resolutions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ResolutionListDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant, member */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AssembliesController_addResolution: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateResolutionDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ResolutionDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AuditController_list: {
    parameters: {
      query?: {
        /** @description only what this person did: an account's e-mail (case does not matter), or `system` */
        actor?: string;
        /** @description the `nextCursor` of the previous page */
        cursor?: string;
        /** @description only the entries about this record */
        entityId?: string;
        /** @description only the entries about this kind of record (`member`, `subscription` ...) */
        entityType?: string;
        /** @description only entries from this day on (the organization's calendar) */
        from?: string;
        /** @description how many items to return (1–200) */
        limit?: number;
        /** @description only entries up to the end of this day (the organization's calendar) */
        to?: string;
      };
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditListDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CampaignsController_list: {
    parameters: {
      query?: {
        /** @description the `nextCursor` of the previous page */
        cursor?: string;
        /** @description how many items to return (1–200) */
        limit?: number;
        status?: 'draft' | 'open' | 'succeeded' | 'failed' | 'closed';
      };
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CampaignListDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant, member */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CampaignsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCampaignDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CampaignDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CampaignsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CampaignDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant, member */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CampaignsController_close: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CloseCampaignDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CampaignDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CampaignsController_contributionsOf: {
    parameters: {
      query?: {
        /** @description the `nextCursor` of the previous page */
        cursor?: string;
        kind?: 'donation' | 'membership_fee' | 'share_subscription';
        /** @description how many items to return (1–200) */
        limit?: number;
        status?: 'pledged' | 'paid' | 'refunded' | 'cancelled';
      };
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContributionListDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CampaignsController_contribute: {
    parameters: {
      query?: never;
      header?: {
        /** @description a key of your choice (1–200 printable ASCII characters) naming this command: a retry with the same key and body answers the first answer again with `Idempotent-Replayed: true`, without doing it twice; the same key with another body is a 422 `/problems/idempotency-key-reused` */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateContributionDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContributionDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, member; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule); `/problems/idempotency-key-reused`: this `Idempotency-Key` came with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CampaignsController_ledger: {
    parameters: {
      query?: {
        /** @description the `nextCursor` of the previous page */
        cursor?: string;
        /** @description how many items to return (1–200) */
        limit?: number;
      };
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CampaignLedgerDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CampaignsController_open: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CampaignDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  RegisterController_capital: {
    parameters: {
      query?: {
        /** @description a date YYYY-MM-DD (end of that day); today by default */
        at?: string;
      };
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CapitalDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CertificatesController_capital: {
    parameters: {
      query?: {
        /** @description the end of this day, in the organization's calendar; today when absent; never in the future */
        at?: string;
        /** @description the document's language: the organization's default language (French unless changed) when absent */
        lang?: 'fr' | 'en';
      };
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the PDF */
      200: {
        headers: {
          /** @description the file name */
          'Content-Disposition'?: string;
          /** @description the SHA-256 of the file, quoted */
          ETag?: string;
          /** @description its number */
          'X-Document-Number'?: string;
          /** @description the code printed on the document */
          'X-Verification-Code'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The document cannot be issued yet (minutes before the vote closes) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The document does not apply (a tax statement without such payments, or for a legal entity) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ChartersController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CharterListDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant, member */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ChartersController_publish: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PublishCharterDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublishedCharterDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ChartersController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CharterDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant, member */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ChartersController_pending: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PendingListDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CollegesController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CollegeListDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant, member */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CollegesController_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCollegeDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CollegeDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CollegesController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateCollegeDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CollegeDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CampaignsController_contribution: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContributionDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant, member */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CampaignsController_admit: {
    parameters: {
      query?: never;
      header?: {
        /** @description a key of your choice (1–200 printable ASCII characters) naming this command: a retry with the same key and body answers the first answer again with `Idempotent-Replayed: true`, without doing it twice; the same key with another body is a 422 `/problems/idempotency-key-reused` */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AdmitContributionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContributionDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule); `/problems/idempotency-key-reused`: this `Idempotency-Key` came with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CampaignsController_cancel: {
    parameters: {
      query?: never;
      header?: {
        /** @description a key of your choice (1–200 printable ASCII characters) naming this command: a retry with the same key and body answers the first answer again with `Idempotent-Replayed: true`, without doing it twice; the same key with another body is a 422 `/problems/idempotency-key-reused` */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContributionDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule); `/problems/idempotency-key-reused`: this `Idempotency-Key` came with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CampaignsController_pay: {
    parameters: {
      query?: never;
      header?: {
        /** @description a key of your choice (1–200 printable ASCII characters) naming this command: a retry with the same key and body answers the first answer again with `Idempotent-Replayed: true`, without doing it twice; the same key with another body is a 422 `/problems/idempotency-key-reused` */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreatePaymentDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContributionDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule); `/problems/idempotency-key-reused`: this `Idempotency-Key` came with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CampaignsController_receipt: {
    parameters: {
      query?: {
        /** @description the document's language: the organization's default language (French unless changed) when absent */
        lang?: 'fr' | 'en';
      };
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the PDF */
      200: {
        headers: {
          /** @description the file name */
          'Content-Disposition'?: string;
          /** @description the SHA-256 of the file, quoted */
          ETag?: string;
          /** @description its number */
          'X-Document-Number'?: string;
          /** @description the code printed on the document */
          'X-Verification-Code'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant, member */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The document cannot be issued yet (minutes before the vote closes) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The document does not apply (a tax statement without such payments, or for a legal entity) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CampaignsController_refund: {
    parameters: {
      query?: never;
      header?: {
        /** @description a key of your choice (1–200 printable ASCII characters) naming this command: a retry with the same key and body answers the first answer again with `Idempotent-Replayed: true`, without doing it twice; the same key with another body is a 422 `/problems/idempotency-key-reused` */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RefundContributionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContributionDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule); `/problems/idempotency-key-reused`: this `Idempotency-Key` came with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CampaignsController_refuse: {
    parameters: {
      query?: never;
      header?: {
        /** @description a key of your choice (1–200 printable ASCII characters) naming this command: a retry with the same key and body answers the first answer again with `Idempotent-Replayed: true`, without doing it twice; the same key with another body is a 422 `/problems/idempotency-key-reused` */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RefuseContributionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContributionDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule); `/problems/idempotency-key-reused`: this `Idempotency-Key` came with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CampaignsController_taxReceipt: {
    parameters: {
      query?: {
        /** @description the document's language: the organization's default language (French unless changed) when absent */
        lang?: 'fr' | 'en';
      };
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the PDF */
      200: {
        headers: {
          /** @description the file name */
          'Content-Disposition'?: string;
          /** @description the SHA-256 of the file, quoted */
          ETag?: string;
          /** @description its number */
          'X-Document-Number'?: string;
          /** @description the code printed on the document */
          'X-Verification-Code'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant, member */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The document cannot be issued yet (minutes before the vote closes) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The document does not apply (a tax statement without such payments, or for a legal entity) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CampaignsController_given: {
    parameters: {
      query?: {
        /** @description the `nextCursor` of the previous page */
        cursor?: string;
        /** @description how many items to return (1–200) */
        limit?: number;
      };
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GivenContributionListDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CampaignsController_confirmGiven: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GivenContributionDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /**
       * @description No gift recorded in this organization’s name has this id
       *
       *     Unknown organization or object, or one you have no role in
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Already confirmed */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CampaignsController_refuseGiven: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GivenContributionDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /**
       * @description No gift recorded in this organization’s name has this id
       *
       *     Unknown organization or object, or one you have no role in
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Already confirmed */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  TransfersController_convert: {
    parameters: {
      query?: never;
      header?: {
        /** @description a key of your choice (1–200 printable ASCII characters) naming this command: a retry with the same key and body answers the first answer again with `Idempotent-Replayed: true`, without doing it twice; the same key with another body is a 422 `/problems/idempotency-key-reused` */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateConversionDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConversionDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule); `/problems/idempotency-key-reused`: this `Idempotency-Key` came with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  DashboardController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DashboardDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  DocumentRegistryController_list: {
    parameters: {
      query?: {
        /** @description the `nextCursor` of the previous page */
        cursor?: string;
        /** @description only documents of this kind */
        kind?:
          | 'resolution_minutes'
          | 'assembly_minutes'
          | 'share_certificate'
          | 'subscription_receipt'
          | 'tax_certificate'
          | 'capital_statement'
          | 'contribution_receipt'
          | 'donation_tax_receipt';
        /** @description how many items to return (1–200) */
        limit?: number;
      };
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IssuedDocumentListDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CertificatesController_annualCertificates: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AnnualCertificatesDto'];
      };
    };
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JobAcceptedDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  PortabilityController_export: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the export job to poll (`GET /v1/orgs/{slug}/jobs/{id}`) */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AcceptedJobDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A vote is open: close it first */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  PortabilityController_file: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the organization’s portable export */
      200: {
        headers: {
          /** @description the file name */
          'Content-Disposition'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/zip': string;
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ExportsController_capitalCsv: {
    parameters: {
      query?: {
        /** @description a date YYYY-MM-DD (end of that day); today by default */
        at?: string;
      };
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the capital statement, French spreadsheet CSV */
      200: {
        headers: {
          /** @description the file name */
          'Content-Disposition'?: string;
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CampaignsController_csv: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the contributions ledger, French spreadsheet CSV */
      200: {
        headers: {
          /** @description the file name */
          'Content-Disposition'?: string;
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ExportsController_fecFile: {
    parameters: {
      query: {
        encoding?: 'iso-8859-15' | 'utf-8';
        /** @description the fiscal year: `2025` (the one ending in 2025) or its closing date `2025-12-31` */
        year: string;
      };
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description journal entries in FEC format (tab-separated) for the co-op's accounting software */
      200: {
        headers: {
          /** @description the file name */
          'Content-Disposition'?: string;
          /** @description the SHA-256 recorded at the first export of the closed year */
          'X-Fec-Sha256'?: string;
          /** @description `true` when the fiscal year is closed: the entries are final, the export recorded */
          'X-Fec-Year-Closed'?: string;
          /** @description its SHA-256: keep it with the file, `GET ledger/verify?sequence=&hash=` checks it */
          'X-Ledger-Hash'?: string;
          /** @description the sequence of the ledger's last movement when the file was produced */
          'X-Ledger-Sequence'?: string;
          [name: string]: unknown;
        };
        content: {
          'text/plain': string;
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The organization has no SIREN yet (`/problems/siren-required`) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ExportsController_history: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FecExportListDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ExportsController_validate: {
    parameters: {
      query: {
        encoding?: 'iso-8859-15' | 'utf-8';
        /** @description the fiscal year: `2025` (the one ending in 2025) or its closing date `2025-12-31` */
        year: string;
      };
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FecReportDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ExportsController_verify: {
    parameters: {
      query: {
        encoding?: 'iso-8859-15' | 'utf-8';
        /** @description the fiscal year: `2025` (the one ending in 2025) or its closing date `2025-12-31` */
        year: string;
      };
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FecVerifyDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The organization has no SIREN yet (`/problems/siren-required`) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ExportsController_journalCsv: {
    parameters: {
      query: {
        /** @description start with a UTF-8 byte order mark, as Excel needs (default true) */
        bom?: boolean;
        /**
         * @description The columns, comma-separated, in order (all by default): journalCode, journalLabel, entryNumber,
         *     entryDate, account, accountLabel, auxAccount, auxLabel, pieceRef, pieceDate, label, debit,
         *     credit, amount (debit − credit, signed), validDate
         */
        columns?: string;
        /** @description `dd/mm/yyyy` (default) or `yyyy-mm-dd` */
        dateFormat?: 'dd/mm/yyyy' | 'yyyy-mm-dd';
        /** @description decimal mark of amounts: `comma` (default) or `dot`; never a thousands separator */
        decimal?: 'comma' | 'dot';
        /** @description field separator: `semicolon` (default, French spreadsheets), `comma` or `tab` */
        separator?: 'semicolon' | 'comma' | 'tab';
        /** @description the fiscal year: `2025` (the one ending in 2025) or its closing date `2025-12-31` */
        year: string;
      };
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the journal entries of the year, CSV in the layout asked for */
      200: {
        headers: {
          /** @description the file name */
          'Content-Disposition'?: string;
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ExportsController_ledgerCsv: {
    parameters: {
      query?: {
        /** @description first effective date included (YYYY-MM-DD) */
        from?: string;
        /** @description last effective date included (YYYY-MM-DD) */
        to?: string;
      };
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the ledger, French spreadsheet CSV (UTF-8 with BOM, `;`, CRLF) */
      200: {
        headers: {
          /** @description the file name */
          'Content-Disposition'?: string;
          /** @description its SHA-256: keep it with the file, `GET ledger/verify?sequence=&hash=` checks it */
          'X-Ledger-Hash'?: string;
          /** @description the sequence of the ledger's last movement when the file was produced */
          'X-Ledger-Sequence'?: string;
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ExportsController_ledgerXlsx: {
    parameters: {
      query?: {
        /** @description first effective date included (YYYY-MM-DD) */
        from?: string;
        /** @description last effective date included (YYYY-MM-DD) */
        to?: string;
      };
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the ledger, an Excel workbook */
      200: {
        headers: {
          /** @description the file name */
          'Content-Disposition'?: string;
          /** @description its SHA-256: keep it with the file, `GET ledger/verify?sequence=&hash=` checks it */
          'X-Ledger-Hash'?: string;
          /** @description the sequence of the ledger's last movement when the file was produced */
          'X-Ledger-Sequence'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ExportsController_registerCsv: {
    parameters: {
      query?: {
        /** @description a date YYYY-MM-DD (end of that day); today by default */
        at?: string;
      };
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the members holding shares, French spreadsheet CSV */
      200: {
        headers: {
          /** @description the file name */
          'Content-Disposition'?: string;
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ExternalRefsController_find: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        externalId: string;
        platform: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExternalRefMatchDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  RegisterController_years: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FiscalYearListDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  RegisterController_close: {
    parameters: {
      query?: never;
      header?: {
        /** @description a key of your choice (1–200 printable ASCII characters) naming this command: a retry with the same key and body answers the first answer again with `Idempotent-Replayed: true`, without doing it twice; the same key with another body is a 422 `/problems/idempotency-key-reused` */
        'Idempotency-Key'?: string;
      };
      path: {
        endOn: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CloseFiscalYearDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FiscalYearDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule); `/problems/idempotency-key-reused`: this `Idempotency-Key` came with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CampaignsController_settings: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FundingSettingsViewDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CampaignsController_setSettings: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FundingSettingsDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FundingSettingsViewDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  IdentityProvidersController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IdentityProviderListDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  IdentityProvidersController_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateIdentityProviderDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IdentityProviderDto'];
        };
      };
      /** @description The issuer is not https://, or its discovery document cannot be read or names another issuer (field `issuer`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many providers */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  IdentityProvidersController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IdentityProviderDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  IdentityProvidersController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The last enabled provider of an organization that requires single sign-on */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  IdentityProvidersController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateIdentityProviderDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IdentityProviderDto'];
        };
      };
      /** @description The new issuer or client cannot be used (field `issuer`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The last enabled provider of an organization that requires single sign-on */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  PortabilityController_import: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/zip': string;
      };
    };
    responses: {
      /** @description the import job to poll (`GET /v1/orgs/{slug}/jobs/{id}`) */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AcceptedJobDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The organization already holds data */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The file is larger than the import limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not sent as `application/zip` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  InvitationsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvitationListDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  InvitationsController_invite: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateInvitationDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvitationDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  InvitationsController_revoke: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  InvitationsController_resend: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvitationDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  JobsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JobViewDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  RegisterController_list: {
    parameters: {
      query?: {
        /** @description the `nextCursor` of the previous page */
        cursor?: string;
        from?: string;
        /** @description how many items to return (1–200) */
        limit?: number;
        memberId?: string;
        to?: string;
      };
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LedgerListDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant, member */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  RegisterController_reverse: {
    parameters: {
      query?: never;
      header?: {
        /** @description a key of your choice (1–200 printable ASCII characters) naming this command: a retry with the same key and body answers the first answer again with `Idempotent-Replayed: true`, without doing it twice; the same key with another body is a 422 `/problems/idempotency-key-reused` */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReversalDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReversalResultDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule); `/problems/idempotency-key-reused`: this `Idempotency-Key` came with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  RegisterController_verify: {
    parameters: {
      query?: {
        /** @description the SHA-256 printed (64 hexadecimal digits) */
        hash?: string;
        /** @description the sequence printed with the head (0 for an empty register) */
        sequence?: number;
      };
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChainReportDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  MembersController_list: {
    parameters: {
      query?: {
        collegeCode?: string;
        /** @description the `nextCursor` of the previous page */
        cursor?: string;
        /** @description `true`: members who accepted convocations and documents by e-mail; `false`: those who did not */
        eConsent?: 'true' | 'false';
        /** @description how many items to return (1–200) */
        limit?: number;
        /** @description name, company, e-mail, number or external reference; accents and case do not matter */
        search?: string;
        status?: 'applicant' | 'active' | 'resigning' | 'resigned' | 'excluded' | 'deceased';
      };
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberListDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant, member */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  MembersController_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateMemberDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  MembersController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant, member */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  MembersController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateMemberDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, member; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  MembersController_acceptances: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AcceptanceListDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant, member */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  MembersController_accept: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AcceptCharterDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AcceptanceDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, member; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  MembersController_admit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AdmitMemberDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CertificatesController_certificate: {
    parameters: {
      query?: {
        /** @description the end of this day, in the organization's calendar; today when absent; never in the future */
        at?: string;
        /** @description the document's language: the organization's default language (French unless changed) when absent */
        lang?: 'fr' | 'en';
      };
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the PDF */
      200: {
        headers: {
          /** @description the file name */
          'Content-Disposition'?: string;
          /** @description the SHA-256 of the file, quoted */
          ETag?: string;
          /** @description its number */
          'X-Document-Number'?: string;
          /** @description the code printed on the document */
          'X-Verification-Code'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant, member */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The document cannot be issued yet (minutes before the vote closes) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The document does not apply (a tax statement without such payments, or for a legal entity) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  MembersController_decease: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DeceaseMemberDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  MembersController_erase: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErasureDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  MembersController_exclude: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ExcludeMemberDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ExternalRefsController_set: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        platform: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SetExternalRefDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExternalRefDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ExternalRefsController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        platform: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  MembersController_history: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HistoryDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant, member */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  RegisterController_holdings: {
    parameters: {
      query?: {
        /** @description a date YYYY-MM-DD (end of that day); today by default */
        at?: string;
      };
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HoldingsDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant, member */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  MembersController_personalData: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the member record and everything linked to it */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: unknown;
          };
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, member */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  MembersController_resign: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ResignMemberDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CertificatesController_taxCertificate: {
    parameters: {
      query?: {
        /** @description the document's language: the organization's default language (French unless changed) when absent */
        lang?: 'fr' | 'en';
        year?: number;
      };
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the PDF */
      200: {
        headers: {
          /** @description the file name */
          'Content-Disposition'?: string;
          /** @description the SHA-256 of the file, quoted */
          ETag?: string;
          /** @description its number */
          'X-Document-Number'?: string;
          /** @description the code printed on the document */
          'X-Verification-Code'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant, member */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The document cannot be issued yet (minutes before the vote closes) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The document does not apply (a tax statement without such payments, or for a legal entity) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  MembersController_eraseDue: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErasedCountDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  MembersController_export: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the members, French spreadsheet CSV (UTF-8 with BOM, `;`, CRLF) */
      200: {
        headers: {
          /** @description the file name */
          'Content-Disposition'?: string;
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  MembersController_import: {
    parameters: {
      query?: {
        /** @description `true`: answer 202 at once and import in a job; `false`: import in the request whatever the size */
        async?: 'true' | 'false';
        /** @description `true`: validate every row and answer the same report (or the same 400), writing nothing; runs in the request whatever the size */
        dryRun?: 'true' | 'false';
      };
      header?: {
        /** @description `respond-async` (RFC 7240): run the import as a job, like `?async=true` */
        Prefer?: string;
      };
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'text/csv': string;
      };
    };
    responses: {
      /** @description imported in the request */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportResultDto'];
        };
      };
      /** @description staged; a job imports it. Location: the job to poll (`GET /v1/orgs/{slug}/jobs/{id}`) */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AcceptedJobDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The file is larger than the import limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not sent as `text/csv` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  MembersController_scicCategories: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScicCategoriesDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ResolutionsController_myBallots: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MyBallotListDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant, member */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CalendarController_myFeed: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarFeedDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, member */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CalendarController_resetMyFeed: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarFeedDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, member; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CampaignsController_mine: {
    parameters: {
      query?: {
        /** @description the `nextCursor` of the previous page */
        cursor?: string;
        kind?: 'donation' | 'membership_fee' | 'share_subscription';
        /** @description how many items to return (1–200) */
        limit?: number;
        status?: 'pledged' | 'paid' | 'refunded' | 'cancelled';
      };
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContributionListDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant, member */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ResolutionsController_myProxies: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProxyListDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant, member */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ResolutionsController_myResolutions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MyResolutionListDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant, member */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  PaymentsController_account: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PaymentAccountStateDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  PaymentsController_saveAccount: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PaymentAccountDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PaymentAccountStateDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The provider did not answer */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  PaymentsController_removeAccount: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  PaymentsController_checkouts: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CheckoutListDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  PayoutBatchesController_list: {
    parameters: {
      query?: {
        /** @description the `nextCursor` of the previous page */
        cursor?: string;
        /** @description how many items to return (1–200) */
        limit?: number;
      };
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PayoutBatchListDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  PayoutBatchesController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description a key of your choice (1–200 printable ASCII characters) naming this command: a retry with the same key and body answers the first answer again with `Idempotent-Replayed: true`, without doing it twice; the same key with another body is a 422 `/problems/idempotency-key-reused` */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreatePayoutBatchDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PayoutBatchDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule); `/problems/idempotency-key-reused`: this `Idempotency-Key` came with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  PayoutBatchesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PayoutBatchDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  PayoutBatchesController_cancel: {
    parameters: {
      query?: never;
      header?: {
        /** @description a key of your choice (1–200 printable ASCII characters) naming this command: a retry with the same key and body answers the first answer again with `Idempotent-Replayed: true`, without doing it twice; the same key with another body is a 422 `/problems/idempotency-key-reused` */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CancelPayoutBatchDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PayoutBatchDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule); `/problems/idempotency-key-reused`: this `Idempotency-Key` came with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  PayoutBatchesController_file: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the SEPA credit-transfer file (pain.001.001.03) */
      200: {
        headers: {
          /** @description the file name */
          'Content-Disposition'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/xml': string;
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ResolutionsController_revoke: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProxyDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, member; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  RedemptionsController_list: {
    parameters: {
      query?: {
        /** @description the `nextCursor` of the previous page */
        cursor?: string;
        /** @description how many items to return (1–200) */
        limit?: number;
        memberId?: string;
        status?: 'pending' | 'waiting' | 'approved' | 'paid' | 'rejected' | 'cancelled';
      };
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RedemptionListDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant, member */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  RedemptionsController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description a key of your choice (1–200 printable ASCII characters) naming this command: a retry with the same key and body answers the first answer again with `Idempotent-Replayed: true`, without doing it twice; the same key with another body is a 422 `/problems/idempotency-key-reused` */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateRedemptionDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RedemptionDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, member; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule); `/problems/idempotency-key-reused`: this `Idempotency-Key` came with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  RedemptionsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RedemptionDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant, member */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  RedemptionsController_approve: {
    parameters: {
      query?: never;
      header?: {
        /** @description a key of your choice (1–200 printable ASCII characters) naming this command: a retry with the same key and body answers the first answer again with `Idempotent-Replayed: true`, without doing it twice; the same key with another body is a 422 `/problems/idempotency-key-reused` */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ApproveRedemptionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RedemptionDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule); `/problems/idempotency-key-reused`: this `Idempotency-Key` came with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  RedemptionsController_cancel: {
    parameters: {
      query?: never;
      header?: {
        /** @description a key of your choice (1–200 printable ASCII characters) naming this command: a retry with the same key and body answers the first answer again with `Idempotent-Replayed: true`, without doing it twice; the same key with another body is a 422 `/problems/idempotency-key-reused` */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RedemptionDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule); `/problems/idempotency-key-reused`: this `Idempotency-Key` came with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  RedemptionsController_payout: {
    parameters: {
      query?: never;
      header?: {
        /** @description a key of your choice (1–200 printable ASCII characters) naming this command: a retry with the same key and body answers the first answer again with `Idempotent-Replayed: true`, without doing it twice; the same key with another body is a 422 `/problems/idempotency-key-reused` */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PayoutDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RedemptionDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule); `/problems/idempotency-key-reused`: this `Idempotency-Key` came with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  RedemptionsController_reject: {
    parameters: {
      query?: never;
      header?: {
        /** @description a key of your choice (1–200 printable ASCII characters) naming this command: a retry with the same key and body answers the first answer again with `Idempotent-Replayed: true`, without doing it twice; the same key with another body is a 422 `/problems/idempotency-key-reused` */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RejectDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RedemptionDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule); `/problems/idempotency-key-reused`: this `Idempotency-Key` came with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  RedemptionsController_sepa: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SepaBatchDto'];
      };
    };
    responses: {
      /** @description the SEPA credit-transfer file (pain.001.001.03) */
      200: {
        headers: {
          /** @description the file name */
          'Content-Disposition'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/xml': string;
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CapitalReportController_capital: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CapitalReportRequestDto'];
      };
    };
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CapitalReportAcceptedDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ResolutionsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ResolutionDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant, member */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AssembliesConsoleController_updateResolution: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateResolutionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ResolutionDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The resolution is not a draft any more */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ResolutionsController_cast: {
    parameters: {
      query?: never;
      header?: {
        /** @description a key of your choice (1–200 printable ASCII characters) naming this command: a retry with the same key and body answers the first answer again with `Idempotent-Replayed: true`, without doing it twice; the same key with another body is a 422 `/problems/idempotency-key-reused` */
        'Idempotency-Key'?: string;
        /** @description the code issued for this assembly, instead of a bearer token */
        'X-Voting-Code'?: string;
      };
      path: {
        id: string;
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CastBallotDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReceiptDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials (bearer or session or voting-code) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not on the electorate of this resolution (or not a proxy holder for that member); with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or resolution */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A ballot was already cast (and may not be changed), or the vote is not open */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule); `/problems/idempotency-key-reused`: this `Idempotency-Key` came with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many wrong voting codes from this address: wait and retry */
      429: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CalendarController_resolution: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description an iCalendar file (RFC 5545) */
      200: {
        headers: {
          /** @description the file name */
          'Content-Disposition'?: string;
          [name: string]: unknown;
        };
        content: {
          'text/calendar': string;
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant, member */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ResolutionsController_close: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ResolutionDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  MinutesController_resolution: {
    parameters: {
      query?: {
        /** @description the document's language: the organization's default language (French unless changed) when absent */
        lang?: 'fr' | 'en';
      };
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the PDF */
      200: {
        headers: {
          /** @description the file name */
          'Content-Disposition'?: string;
          /** @description the SHA-256 of the file, quoted */
          ETag?: string;
          /** @description its number */
          'X-Document-Number'?: string;
          /** @description the code printed on the document */
          'X-Verification-Code'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant, member */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The document cannot be issued yet (minutes before the vote closes) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The document does not apply (a tax statement without such payments, or for a legal entity) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ResolutionsController_open: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ResolutionDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AssembliesConsoleController_participation: {
    parameters: {
      query?: {
        /** @description voters in this answer (100 by default, 1,000 at most) */
        limit?: number;
        /** @description voters to skip, in membership-number order */
        offset?: number;
      };
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ParticipationDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The resolution has not opened */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ResolutionNoticesController_remind: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NoticeStartedDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ResolutionNoticesController_notifyResults: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NoticeStartedDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ResolutionsController_results: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ResultsDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant, member */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No results yet: the vote has not opened, or a secret ballot has not closed */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ResolutionsController_secondConvocation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SecondConvocationDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ResolutionDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ResolutionsController_verify: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['VerifyReceiptDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VerifyResultDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant, member; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The ballot box is sealed when the vote closes: not yet */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ShareClassesController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ShareClassListDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant, member */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ShareClassesController_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateShareClassDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ShareClassDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ShareClassesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ShareClassDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant, member */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ShareClassesController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateShareClassDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ShareClassDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  RegisterController_open: {
    parameters: {
      query: {
        /** @description `true`: answer 202 at once and import in a job; `false`: import in the request whatever the size */
        async?: 'true' | 'false';
        /** @description the capital the register declares: the import is refused unless the holdings add up to it */
        declaredCapitalCents: number;
        /** @description the date of the register brought in (its holdings as of that day) */
        openedOn: string;
      };
      header?: {
        /** @description a key of your choice (1–200 printable ASCII characters) naming this command: a retry with the same key and body answers the first answer again with `Idempotent-Replayed: true`, without doing it twice; the same key with another body is a 422 `/problems/idempotency-key-reused` */
        'Idempotency-Key'?: string;
        /** @description `respond-async` (RFC 7240): run the import as a job, like `?async=true` */
        Prefer?: string;
      };
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'text/csv': string;
      };
    };
    responses: {
      /** @description imported in the request */
      201: {
        headers: {
          /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpeningResultDto'];
        };
      };
      /** @description staged; a job imports it. Location: the job to poll (`GET /v1/orgs/{slug}/jobs/{id}`) */
      202: {
        headers: {
          /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AcceptedJobDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The file is larger than the import limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not sent as `text/csv` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule); `/problems/idempotency-key-reused`: this `Idempotency-Key` came with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SubscriptionsController_list: {
    parameters: {
      query?: {
        /** @description the `nextCursor` of the previous page */
        cursor?: string;
        /** @description how many items to return (1–200) */
        limit?: number;
        memberId?: string;
        status?: 'pending' | 'approved' | 'rejected' | 'issued' | 'cancelled' | 'defaulted';
      };
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubscriptionListDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant, member */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SubscriptionsController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description a key of your choice (1–200 printable ASCII characters) naming this command: a retry with the same key and body answers the first answer again with `Idempotent-Replayed: true`, without doing it twice; the same key with another body is a 422 `/problems/idempotency-key-reused` */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateSubscriptionDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubscriptionDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, member; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule); `/problems/idempotency-key-reused`: this `Idempotency-Key` came with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SubscriptionsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubscriptionDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant, member */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SubscriptionsController_approve: {
    parameters: {
      query?: never;
      header?: {
        /** @description a key of your choice (1–200 printable ASCII characters) naming this command: a retry with the same key and body answers the first answer again with `Idempotent-Replayed: true`, without doing it twice; the same key with another body is a 422 `/problems/idempotency-key-reused` */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DecideDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubscriptionDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule); `/problems/idempotency-key-reused`: this `Idempotency-Key` came with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SubscriptionsController_call: {
    parameters: {
      query?: never;
      header?: {
        /** @description a key of your choice (1–200 printable ASCII characters) naming this command: a retry with the same key and body answers the first answer again with `Idempotent-Replayed: true`, without doing it twice; the same key with another body is a 422 `/problems/idempotency-key-reused` */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCapitalCallDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubscriptionDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule); `/problems/idempotency-key-reused`: this `Idempotency-Key` came with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SubscriptionsController_cancel: {
    parameters: {
      query?: never;
      header?: {
        /** @description a key of your choice (1–200 printable ASCII characters) naming this command: a retry with the same key and body answers the first answer again with `Idempotent-Replayed: true`, without doing it twice; the same key with another body is a 422 `/problems/idempotency-key-reused` */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DecideDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubscriptionDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule); `/problems/idempotency-key-reused`: this `Idempotency-Key` came with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  PaymentsController_subscriptionCheckout: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SubscriptionCheckoutDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CheckoutStartedDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, member; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The provider did not answer */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SubscriptionsController_pay: {
    parameters: {
      query?: never;
      header?: {
        /** @description a key of your choice (1–200 printable ASCII characters) naming this command: a retry with the same key and body answers the first answer again with `Idempotent-Replayed: true`, without doing it twice; the same key with another body is a 422 `/problems/idempotency-key-reused` */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreatePaymentDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubscriptionDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule); `/problems/idempotency-key-reused`: this `Idempotency-Key` came with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CertificatesController_receipt: {
    parameters: {
      query?: {
        /** @description the document's language: the organization's default language (French unless changed) when absent */
        lang?: 'fr' | 'en';
      };
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the PDF */
      200: {
        headers: {
          /** @description the file name */
          'Content-Disposition'?: string;
          /** @description the SHA-256 of the file, quoted */
          ETag?: string;
          /** @description its number */
          'X-Document-Number'?: string;
          /** @description the code printed on the document */
          'X-Verification-Code'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant, member */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The document cannot be issued yet (minutes before the vote closes) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The document does not apply (a tax statement without such payments, or for a legal entity) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SubscriptionsController_reject: {
    parameters: {
      query?: never;
      header?: {
        /** @description a key of your choice (1–200 printable ASCII characters) naming this command: a retry with the same key and body answers the first answer again with `Idempotent-Replayed: true`, without doing it twice; the same key with another body is a 422 `/problems/idempotency-key-reused` */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RejectDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubscriptionDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule); `/problems/idempotency-key-reused`: this `Idempotency-Key` came with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  TransfersController_list: {
    parameters: {
      query?: {
        /** @description the `nextCursor` of the previous page */
        cursor?: string;
        /** @description how many items to return (1–200) */
        limit?: number;
        status?: 'pending' | 'approved' | 'rejected' | 'cancelled';
      };
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TransferListDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant, member */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  TransfersController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description a key of your choice (1–200 printable ASCII characters) naming this command: a retry with the same key and body answers the first answer again with `Idempotent-Replayed: true`, without doing it twice; the same key with another body is a 422 `/problems/idempotency-key-reused` */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateTransferDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TransferDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule); `/problems/idempotency-key-reused`: this `Idempotency-Key` came with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  TransfersController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TransferDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin, accountant, member */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  TransfersController_approve: {
    parameters: {
      query?: never;
      header?: {
        /** @description a key of your choice (1–200 printable ASCII characters) naming this command: a retry with the same key and body answers the first answer again with `Idempotent-Replayed: true`, without doing it twice; the same key with another body is a 422 `/problems/idempotency-key-reused` */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DecideDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TransferDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule); `/problems/idempotency-key-reused`: this `Idempotency-Key` came with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  TransfersController_reject: {
    parameters: {
      query?: never;
      header?: {
        /** @description a key of your choice (1–200 printable ASCII characters) naming this command: a retry with the same key and body answers the first answer again with `Idempotent-Replayed: true`, without doing it twice; the same key with another body is a 422 `/problems/idempotency-key-reused` */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RejectDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TransferDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule); `/problems/idempotency-key-reused`: this `Idempotency-Key` came with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  OrganizationsController_users: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganizationUserListDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  OrganizationsController_grant: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['GrantRoleDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganizationUserDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  OrganizationsController_revoke: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  WebhooksController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookListDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  WebhooksController_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateWebhookDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookWithSecretDto'];
        };
      };
      /** @description A URL that is not https://, or names an internal address */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many endpoints */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  WebhooksController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  WebhooksController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  WebhooksController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateWebhookDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  WebhooksController_deliveries: {
    parameters: {
      query?: {
        /** @description the `nextCursor` of the previous page */
        cursor?: string;
        /** @description how many items to return (1–200) */
        limit?: number;
        status?: 'pending' | 'succeeded' | 'failed';
      };
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookDeliveryListDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  WebhooksController_replay: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        deliveryId: string;
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookDeliveryDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The delivery is still being tried */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The endpoint is disabled */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  WebhooksController_rotate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description the organization’s slug (`GET /v1/orgs` lists yours) */
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookWithSecretDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Roles allowed: admin; with the session cookie, a change without its `X-CSRF-Token` header (`/problems/csrf-token-missing`) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown organization or object, or one you have no role in */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  PaymentNotificationsController_helloasso: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found: nothing of that identifier that you can see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Larger than 64 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many notifications from this address */
      429: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ApplicationsController_apply: {
    parameters: {
      query?: never;
      header?: {
        /** @description a key of your choice (1–200 printable ASCII characters) naming this command: a retry with the same key and body answers the first answer again with `Idempotent-Replayed: true`, without doing it twice; the same key with another body is a 422 `/problems/idempotency-key-reused` */
        'Idempotency-Key'?: string;
      };
      path: {
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MembershipApplicationDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApplicationReceivedDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No organization takes membership applications at this address */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A rule refuses the application: quantity beyond the class maximum, class reserved to other colleges, a document published since the form was loaded (`charterIds`); `/problems/idempotency-key-reused`: this `Idempotency-Key` came with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many applications from this address: see Retry-After */
      429: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  PublicCampaignsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicCampaignDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No public campaign with that id in that organization */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  PublicPaymentsController_campaignCheckout: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PublicCheckoutDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CheckoutStartedDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No public campaign with that id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many checkouts from this address */
      429: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The provider did not answer */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ApplicationsController_form: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JoinFormDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No organization takes membership applications at this address */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  PublicPaymentsController_publicPayments: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicPaymentsDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found: nothing of that identifier that you can see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  PublicPaymentsController_confirm: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ConfirmCheckoutDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CheckoutViewDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No checkout with that id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than the API takes (1 MB of JSON) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this address */
      429: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  VerificationController_verifyFile: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/pdf': string;
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VerificationDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a concurrent change got there first, or this would duplicate a record */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The file is larger than 20 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not sent as `application/pdf` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refuses it (`type` names the rule) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many verifications from this address */
      429: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  VerificationController_verifyCode: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VerificationDto'];
        };
      };
      /** @description Invalid request: `errors` names each field (or CSV row) at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found: nothing of that identifier that you can see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many verifications from this address */
      429: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unexpected error: nothing is revealed but the `requestId` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy: no database connection came free in time (`/problems/database-busy`), or the database cannot be reached just now (`/problems/database-unavailable`); retry after Retry-After */
      503: {
        headers: {
          /** @description seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
}
