// Illustrative workload figures for templates and new items: token volumes, growth, query sizes.
// No public source gives one company's application demand, so every entry is an estimate; the
// source is the public token-volume data the scale was checked against.
import type { ReferenceEntry } from './schema';
import { SRC } from './sources';

const WHY = 'Illustrative: no public per-application demand data exists; set from your own logs. Scale checked against public token volumes by app (OpenRouter rankings).';

function w(id: string, subject: string, quantity: string, value: string, unit: string, includes: string): ReferenceEntry {
  return { id: `work.${id}`, category: 'workload', subject, quantity, value, unit, source: SRC.openrouter, asOf: '2026-12', includes, confidence: 'estimate', note: WHY };
}

const TOK = 'tokens per month';
export const WORKLOAD_ENTRIES: readonly ReferenceEntry[] = [
  // The five-application portfolio of the templates
  w('support-assistant.tokens', 'Customer support assistant', 'tokensMonth0', '600000000000', TOK, 'input + output tokens in the first month'),
  w('support-assistant.output-share', 'Customer support assistant', 'outputShare', '0.3', 'share of tokens', 'output tokens ÷ all tokens'),
  w('support-assistant.monthly-growth', 'Customer support assistant', 'monthlyRate', '0.03', 'per month', 'compound growth of token demand'),
  w('support-assistant.tokens-per-query', 'Customer support assistant', 'tokensPerQuery', '1500', 'tokens per query', 'prompt with retrieved context plus answer'),
  w('support-assistant.queries-per-task', 'Customer support assistant', 'queriesPerTask', '4', 'queries per task', 'turns per resolved conversation'),
  w('code-assistant.tokens', 'Code assistant', 'tokensMonth0', '400000000000', TOK, 'input + output tokens in the first month'),
  w('code-assistant.output-share', 'Code assistant', 'outputShare', '0.35', 'share of tokens', 'output tokens ÷ all tokens'),
  w('code-assistant.monthly-growth', 'Code assistant', 'monthlyRate', '0.05', 'per month', 'compound growth of token demand'),
  w('code-assistant.tokens-per-query', 'Code assistant', 'tokensPerQuery', '3000', 'tokens per query', 'file context plus completion'),
  w('code-assistant.queries-per-task', 'Code assistant', 'queriesPerTask', '6', 'queries per task', 'requests per accepted change'),
  w('research-agent.tokens', 'Research agent', 'tokensMonth0', '20000000000', TOK, 'input + output tokens in the first month'),
  w('research-agent.output-share', 'Research agent', 'outputShare', '0.6', 'share of tokens', 'output (incl. reasoning) tokens ÷ all tokens'),
  w('research-agent.capacity', 'Research agent', 'capacity', '200000000000', TOK, 'logistic ceiling of monthly tokens'),
  w('research-agent.logistic-rate', 'Research agent', 'rate', '0.12', 'per month', 'logistic growth rate'),
  w('research-agent.tokens-per-query', 'Research agent', 'tokensPerQuery', '12000', 'tokens per query', 'long reasoning step with tool output'),
  w('research-agent.queries-per-task', 'Research agent', 'queriesPerTask', '8', 'queries per task', 'agent steps per report'),
  w('document-search.tokens', 'Document search', 'tokensMonth0', '300000000000', TOK, 'input + output tokens in the first month'),
  w('document-search.output-share', 'Document search', 'outputShare', '0.15', 'share of tokens', 'short answers over long retrieved passages'),
  w('document-search.monthly-increment', 'Document search', 'monthlyIncrement', '5000000000', 'tokens per month, added each month', 'linear growth of monthly tokens'),
  w('document-search.tokens-per-query', 'Document search', 'tokensPerQuery', '2500', 'tokens per query', 'query, passages and answer'),
  w('document-search.queries-per-task', 'Document search', 'queriesPerTask', '1', 'queries per task', 'one search per task'),
  w('sales-copilot.tokens', 'Sales copilot', 'tokensMonth0', '100000000000', TOK, 'input + output tokens in the first month'),
  w('sales-copilot.output-share', 'Sales copilot', 'outputShare', '0.3', 'share of tokens', 'output tokens ÷ all tokens'),
  w('sales-copilot.monthly-growth', 'Sales copilot', 'monthlyRate', '0.04', 'per month', 'compound growth of token demand'),
  w('sales-copilot.tokens-per-query', 'Sales copilot', 'tokensPerQuery', '2000', 'tokens per query', 'CRM context plus draft'),
  w('sales-copilot.queries-per-task', 'Sales copilot', 'queriesPerTask', '3', 'queries per task', 'drafts per sent email'),
  // New items in the editor
  w('new-app.tokens', 'New application (editor default)', 'tokensMonth0', '10000000000', TOK, 'input + output tokens in the first month'),
  w('new-app.output-share', 'New application (editor default)', 'outputShare', '0.3', 'share of tokens', 'output tokens ÷ all tokens'),
  w('new-app.monthly-growth', 'New application (editor default)', 'monthlyRate', '0.03', 'per month', 'compound growth of token demand'),
  w('new-app.tokens-per-query', 'New application (editor default)', 'tokensPerQuery', '1500', 'tokens per query', 'prompt plus answer'),
  w('new-app.queries-per-task', 'New application (editor default)', 'queriesPerTask', '1', 'queries per task', 'one query per task'),
  w('new-app.seats', 'New application (editor default)', 'seatsMonth0', '100', 'seats', 'seats in the first month'),
  w('new-app.seat-growth', 'New application (editor default)', 'monthlyGrowth', '0.02', 'per month', 'compound growth of seats'),
  w('new-app.tokens-per-seat', 'New application (editor default)', 'tokensPerSeatMonth0', '2000000', 'tokens per seat-month', 'tokens one seat uses in the first month'),
  w('new-app.tokens-per-seat-growth', 'New application (editor default)', 'tokensPerSeatAnnualGrowth', '0.5', 'per year', 'growth of tokens per seat as usage deepens'),
];
