import { Injectable, Param, PipeTransform } from '@nestjs/common';
import { NotFoundError } from './problems';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a value is written as a UUID (any case). */
export const isUuid = (value: string): boolean => UUID.test(value);

/** An id that is not a UUID cannot name anything: it answers 404 like any unknown id. */
@Injectable()
export class UuidOr404Pipe implements PipeTransform<string, string> {
  constructor(private readonly what: string) {}

  transform(value: string): string {
    if (!UUID.test(value)) throw new NotFoundError(this.what);
    return value.toLowerCase();
  }
}

/** `@IdParam('job') id: string` reads `:id` as a UUID. */
export const IdParam = (what: string, name = 'id') => Param(name, new UuidOr404Pipe(what));
