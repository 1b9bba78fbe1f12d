/** Query keys of verikit's cache entries, for `invalidateQueries` and `setQueryData`. */
export const verificationKeys = {
  all: ['verikit'] as const,
  status: (id: string) => ['verikit', 'verification', id, 'status'] as const,
};
