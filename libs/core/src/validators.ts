import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateBy } from 'class-validator';
import { MAX_CENTS } from './money';

/** A bounded, trimmed-non-empty string: every free-text field goes through this. */
export function BoundedString(max: number, min = 1) {
  return applyDecorators(
    IsString(),
    MinLength(min),
    MaxLength(max),
    Matches(/\S/, { message: '$property must not be blank' }),
  );
}

/** An amount in integer cents, positive and bounded. */
export function Cents(min = 1) {
  return applyDecorators(IsInt({ message: '$property must be an integer number of cents' }), Min(min), Max(MAX_CENTS));
}

/**
 * A finite number with at most `places` decimals. (class-validator's `IsNumber({ maxDecimalPlaces })`
 * throws on a number JavaScript writes with an exponent, such as 1e-323.)
 */
export function IsDecimal(places: number, message = `$property must be a number with at most ${places} decimals`) {
  return ValidateBy({
    name: 'isDecimal',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'number' && Number.isFinite(value) && Number(value.toFixed(places)) === value,
      defaultMessage: () => message,
    },
  });
}

/** A calendar date `YYYY-MM-DD` that exists (no 2025-02-30); documented `format: date`. */
export function IsCalendarDate() {
  return applyDecorators(
    ValidateBy({
      name: 'isCalendarDate',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isCalendarDate(value),
        defaultMessage: () => '$property must be a date YYYY-MM-DD',
      },
    }),
    ApiProperty({ type: String, format: 'date' }),
  );
}

export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** SIREN: 9 digits with a valid Luhn checksum (INSEE). */
export function isSiren(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let d = Number(value[8 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export function IsSiren() {
  return ValidateBy({
    name: 'isSiren',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && isSiren(value),
      defaultMessage: () => '$property must be a SIREN: 9 digits with a valid checksum',
    },
  });
}

/** `MM-DD` of a day every year has (so not 02-29). */
export function IsMonthDay() {
  return ValidateBy({
    name: 'isMonthDay',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && value !== '02-29' && isCalendarDate(`2001-${value}`),
      defaultMessage: () => '$property must be a day of the year MM-DD, such as 12-31',
    },
  });
}
