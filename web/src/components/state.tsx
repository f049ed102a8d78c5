import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiError } from '../api/client';

/** A view's answer once it is there; while it loads or when it failed, says so instead. */
export function Loaded<T>(props: {
  query: UseQueryResult<T>;
  what: string;
  children: (data: T) => ReactNode;
}) {
  const { query, what } = props;
  if (query.isPending)
    return (
      <p className="muted" role="status">
        Loading {what}…
      </p>
    );
  if (query.isError) return <Failure error={query.error} what={what} />;
  return <>{props.children(query.data)}</>;
}

export function Failure(props: { error: Error; what: string }) {
  const status = props.error instanceof ApiError ? props.error.status : undefined;
  const reason =
    status === 403
      ? 'your role may not see it'
      : status === 404
        ? 'there is nothing recorded yet'
        : props.error.message;
  return (
    <p className="notice" role="alert">
      Could not show {props.what}: {reason}.
    </p>
  );
}
