import { Hono } from "hono";
import type { AppDeps, AppEnv } from "../app-deps.ts";
import { planChat, planCompletion } from "../plan-request.ts";
import { readBody } from "../read-body.ts";
import { chatBody, completionBody } from "../schemas.ts";
import { serveGeneration, type Transport } from "../serve-generation.ts";

/** The OpenAI-compatible surface: models list, completions, chat completions. */
export function openaiRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const model = deps.config.servedModelName;
  const created = Math.floor(deps.info.startEpochSeconds);

  app.get("/v1/models", (c) => c.json({
    object: "list",
    data: [{
      id: model, object: "model", created, owned_by: "vllm", root: deps.config.model.hfName, parent: null,
      max_model_len: deps.config.maxModelLen,
      permission: [{
        id: `modelperm-${model}`, object: "model_permission", created, allow_create_engine: false, allow_sampling: true,
        allow_logprobs: true, allow_search_indices: false, allow_view: true, allow_fine_tuning: false, organization: "*",
        group: null, is_blocking: false,
      }],
    }],
  }));

  app.post("/v1/completions", async (c) => {
    const body = await readBody(c, completionBody);
    const plan = planCompletion(body, { servedModelName: model, tokenizer: await deps.tokenizer() });
    return serveGeneration(plan, deps.generation, transport(c.env, c.req.raw.signal));
  });

  app.post("/v1/chat/completions", async (c) => {
    const body = await readBody(c, chatBody);
    const plan = planChat(body, { servedModelName: model, tokenizer: await deps.tokenizer() });
    return serveGeneration(plan, deps.generation, transport(c.env, c.req.raw.signal));
  });

  return app;
}

function transport(env: AppEnv["Bindings"] | undefined, signal: AbortSignal): Transport {
  return { outgoing: env?.outgoing, signal };
}
