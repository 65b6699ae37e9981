import { IsBoolean, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

export class CreateIdentityProviderDto {
  /** shown on the sign-in button */
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name: string;

  /** the issuer identifier (`https://sso.example.coop/realms/coop`); its discovery document is checked */
  @IsString()
  @MaxLength(2000)
  issuer: string;

  @IsString()
  @MinLength(1)
  @MaxLength(500)
  clientId: string;

  /** kept sealed, never answered */
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  clientSecret: string;
}

export class UpdateIdentityProviderDto {
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name?: string;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  issuer?: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  clientId?: string;

  /** a new secret (the current one is never answered) */
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  clientSecret?: string;

  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}

/** A provider as admins see it: never its client secret. */
export class IdentityProviderDto {
  id: string;
  name: string;
  issuer: string;
  clientId: string;
  enabled: boolean;
  /** the address to register at the provider as the client's redirect URI */
  redirectUri: string;
  createdAt: Date;
  updatedAt: Date;
}

export class IdentityProviderListDto {
  items: IdentityProviderDto[];
  total: number;
  nextCursor: string | null;
}

/** A sign-in button: the provider's name and where it starts. */
export class SsoButtonDto {
  id: string;
  name: string;
  /** `GET` it (a browser navigation) to sign in; add `?returnTo=/path` */
  startUrl: string;
}

export class SsoButtonListDto {
  items: SsoButtonDto[];
}
