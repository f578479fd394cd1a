// Groq model ids that Groq has shut down: a request naming one fails. Taken from Groq's
// deprecation list, https://console.groq.com/docs/deprecations (read 2026-12-01); check it
// before each release and add what it lists as shut down. The default GROQ_MODEL
// (config/schema.ts) is a model that page lists as the recommended replacement.
// Each date is also corroborated by a public report of the shutdown or of Groq's
// `model_decommissioned` error (checked 2026-12-01): mixtral (langchain-ai/langchain#30170),
// llama-3.1-70b-versatile (crewAIInc/crewAI#1976), gemma-7b-it (botpress/botpress#13503),
// llama3-*-8192 and gemma2-9b-it (gsd-build/gsd-2#4273), llama-3.3-70b-versatile and
// llama-3.1-8b-instant (langchain-ai/docs#4565, ITSpecialist111/ai_automation_suggester#187,
// which also name openai/gpt-oss-120b as Groq's recommended replacement).

export const GROQ_DEPRECATIONS_URL = 'https://console.groq.com/docs/deprecations';

/** Decommissioned model id -> the date Groq shut it down. */
export const DECOMMISSIONED_GROQ_MODELS: Readonly<Record<string, string>> = {
  'mixtral-8x7b-32768': '2025-03-20',
  'llama-3.3-70b-versatile': '2026-08-16',
  'llama-3.1-8b-instant': '2026-08-16',
  'llama-3.1-70b-versatile': '2025-01-24',
  'llama3-70b-8192': '2025-08-30',
  'llama3-8b-8192': '2025-08-30',
  'gemma2-9b-it': '2025-10-08',
  'gemma-7b-it': '2024-12-18',
};

/** The shut-down date of a decommissioned model id, or undefined. */
export function decommissionedGroqModel(model: string): string | undefined {
  return DECOMMISSIONED_GROQ_MODELS[model];
}
