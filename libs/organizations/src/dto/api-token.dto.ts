import { ApiProperty } from '@nestjs/swagger';
import { API_SCOPES, type ApiScope } from '@socius/auth';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  ArrayUnique,
  IsArray,
  IsDateString,
  IsIn,
  IsOptional,
  IsString,
  Length,
} from 'class-validator';

const scopesProperty = () =>
  ApiProperty({ enum: [...API_SCOPES], enumName: 'ApiScope', isArray: true, description: 'what the token may reach' });

export class CreateApiTokenDto {
  /** who uses it, for people reading the list (`Accounting software`) */
  @IsString()
  @Length(1, 100)
  name: string;

  @scopesProperty()
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(API_SCOPES.length)
  @ArrayUnique()
  @IsIn([...API_SCOPES], { each: true, message: `each scope must be one of ${API_SCOPES.join(', ')}` })
  scopes: ApiScope[];

  /** when it stops working (an instant in the future); none: until revoked */
  @IsOptional()
  @IsDateString({ strict: true })
  expiresAt?: string;
}

export class ApiTokenDto {
  id: string;
  name: string;
  @scopesProperty()
  scopes: ApiScope[];
  createdAt: Date;
  expiresAt: Date | null;
  /** the last request it made (noted at most once a minute) */
  lastUsedAt: Date | null;
}

export class CreatedApiTokenDto extends ApiTokenDto {
  /** the secret, `soc_…`: shown this once, send it as `Authorization: Bearer <token>` */
  token: string;
}

export class ApiTokenListDto {
  items: ApiTokenDto[];
}
