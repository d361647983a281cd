/* Prints the byte layouts joulecheck's fake sysfs writes and its binding reads, taken from the real
 * rocm_smi.h (Debian's librocm-smi-dev): the gpu_metrics file is rsmi_gpu_metrics_t, which ROCm SMI reads
 * straight from device/gpu_metrics; rsmi_process_info_t is what rsmi_compute_process_info_* fill. */
#include <stddef.h>
#include <stdio.h>
#include <rocm_smi/rocm_smi.h>

int main(void) {
  printf("{\"metrics\":{\"size\":%zu,\"format_revision\":%zu,\"content_revision\":%zu,\"average_gfx_activity\":%zu,"
         "\"average_socket_power\":%zu,\"energy_accumulator\":%zu,\"system_clock_counter\":%zu,\"api_format\":%d},"
         "\"process_info\":{\"size\":%zu,\"process_id\":%zu,\"pasid\":%zu,\"vram_usage\":%zu,\"sdma_usage\":%zu,\"cu_occupancy\":%zu}}\n",
         sizeof(rsmi_gpu_metrics_t), offsetof(rsmi_gpu_metrics_t, common_header.format_revision),
         offsetof(rsmi_gpu_metrics_t, common_header.content_revision), offsetof(rsmi_gpu_metrics_t, average_gfx_activity),
         offsetof(rsmi_gpu_metrics_t, average_socket_power), offsetof(rsmi_gpu_metrics_t, energy_accumulator),
         offsetof(rsmi_gpu_metrics_t, system_clock_counter), RSMI_GPU_METRICS_API_FORMAT_VER,
         sizeof(rsmi_process_info_t), offsetof(rsmi_process_info_t, process_id), offsetof(rsmi_process_info_t, pasid),
         offsetof(rsmi_process_info_t, vram_usage), offsetof(rsmi_process_info_t, sdma_usage),
         offsetof(rsmi_process_info_t, cu_occupancy));
  return 0;
}
