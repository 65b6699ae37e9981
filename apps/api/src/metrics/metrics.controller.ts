import { Controller, Get, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { OperatorToken } from '@socius/auth';
import type { Response } from 'express';
import { Metrics } from './metrics';

/**
 * Prometheus's scrape (text format): for operators only, with `Authorization: Bearer
 * $METRICS_TOKEN`. Not part of the API's document: its clients are monitoring systems.
 */
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: Metrics) {}

  @Get()
  @OperatorToken('METRICS_TOKEN')
  async scrape(@Res() res: Response): Promise<void> {
    const { contentType, body } = await this.metrics.text();
    res.setHeader('Cache-Control', 'no-store');
    res.type(contentType).send(body);
  }
}
