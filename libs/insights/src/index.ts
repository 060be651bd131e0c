export { InsightsModule } from './insights.module.js';
export { InsightsService, MAX_PERIOD_DAYS, costAssumption } from './insights.service.js';
export { InsightsException, InsightsErrorCode } from './insights.exception.js';
export { CSV_COLUMNS } from './knowledge-capital-csv.js';
