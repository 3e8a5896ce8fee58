import { type MutationFunction, useMutation, useQueryClient } from "@tanstack/react-query";
import { queryKeys } from "#src/api/endpoints.ts";

/**
 * A change to the office structure: afterwards every office list is stale, and so is `me` (role,
 * subaccounts). `onDone` runs first, so that a page that leaves (a deleted group) does not refetch
 * what no longer exists; the mutation stays pending until the lists on screen are fresh again.
 */
export function useOfficeMutation<TData, TVariables = void>(
  mutationFn: MutationFunction<TData, TVariables>,
  onDone?: (data: TData, variables: TVariables) => unknown,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async (data, variables) => {
      await onDone?.(data, variables);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.office }),
        queryClient.invalidateQueries({ queryKey: queryKeys.me }),
      ]);
    },
  });
}
