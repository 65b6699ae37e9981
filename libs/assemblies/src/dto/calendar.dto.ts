export class CalendarFeedDto {
  /** the secret address of the feed (`{PUBLIC_URL}/v1/calendar/cal_….ics`): whoever has it reads the calendar */
  url: string;
  createdAt: Date;
}
