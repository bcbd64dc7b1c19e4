#!/bin/bash
# `make compile-triton-trt`: builds a TensorRT-LLM engine for MODEL once, into the triton-engines
# volume, with a Triton model repository (inflight batcher: preprocessing → tensorrt_llm →
# postprocessing, as one `ensemble`) that the `triton-trt` profile serves.
# Needs: an NVIDIA GPU of compute capability ≥ 8.0 (A100, L4, L40S, H100), about 2.5× the model's
# BF16 weights in free GPU memory while building, the tensorrtllm_backend checkout that matches the
# image (the Makefile clones it into infra/triton/trtllm/.cache/), and HF_TOKEN for gated models.
# A Llama-architecture model (Llama, Qwen2 via its own example dir) is assumed: see MODEL_FAMILY.
set -euo pipefail
backend=/opt/tensorrtllm_backend
name=$(basename "$MODEL")
family=${MODEL_FAMILY:-$(case "$name" in Qwen*|qwen*) echo qwen ;; *) echo llama ;; esac)}
hf=/root/.cache/huggingface/throtl/$name
ckpt=/engines/checkpoints/$name
engine=/engines/engines/$name
repo=/engines/model_repository

if [ -f "$engine/rank0.engine" ]; then
  echo "engine for $MODEL already built in $engine (remove the triton-engines volume to rebuild)"
else
  huggingface-cli download "$MODEL" --local-dir "$hf" ${HF_TOKEN:+--token "$HF_TOKEN"}
  python3 "$backend/tensorrt_llm/examples/$family/convert_checkpoint.py" --model_dir "$hf" --output_dir "$ckpt" \
    --dtype "$TRTLLM_DTYPE" --tp_size "$TRTLLM_TP_SIZE"
  trtllm-build --checkpoint_dir "$ckpt" --output_dir "$engine" --gemm_plugin auto \
    --max_batch_size "$TRTLLM_MAX_BATCH_SIZE" --max_input_len "$TRTLLM_MAX_INPUT_LEN" --max_seq_len "$TRTLLM_MAX_SEQ_LEN" \
    --use_paged_context_fmha enable
fi

rm -rf "$repo" && cp -r "$backend/all_models/inflight_batcher_llm" "$repo"
fill() { python3 "$backend/tools/fill_template.py" -i "$repo/$1/config.pbtxt" "$2"; }
common="triton_max_batch_size:$TRTLLM_MAX_BATCH_SIZE"
fill preprocessing "tokenizer_dir:$hf,$common,preprocessing_instance_count:1"
fill postprocessing "tokenizer_dir:$hf,$common,postprocessing_instance_count:1"
fill tensorrt_llm_bls "$common,decoupled_mode:true,bls_instance_count:1,accumulate_tokens:false,logits_datatype:TYPE_FP32"
fill ensemble "$common,logits_datatype:TYPE_FP32"
fill tensorrt_llm "$common,decoupled_mode:true,engine_dir:$engine,max_queue_delay_microseconds:0,batching_strategy:inflight_fused_batching,kv_cache_free_gpu_mem_fraction:0.9,exclude_input_in_output:true,triton_backend:tensorrtllm,encoder_input_features_data_type:TYPE_FP16,logits_datatype:TYPE_FP32"
echo "model repository ready in $repo: make up-triton-trt"
