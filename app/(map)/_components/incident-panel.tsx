'use client';
// The dashboard's incident details: IncidentDetail (which the permalink pages render on the server, without hooks)
// with its evidence listed a page at a time. Merging across a 10,000-article corpus gave incidents of 1,700 claims.
import { memo } from 'react';
import { IncidentDetail, type IncidentDetailProps } from './incident-detail';
import { ShowMore, usePaged } from './show-more';

/** Memoised: the dashboard re-renders after every pan. */
export const IncidentPanel = memo(function IncidentPanel(props: IncidentDetailProps) {
  const { claims } = props.incident;
  const { rows, showMore, listRef } = usePaged(claims);
  return (
    <IncidentDetail
      {...props}
      claims={rows}
      claimsRef={listRef}
      afterClaims={<ShowMore shown={rows.length} total={claims.length} onMore={showMore} />}
    />
  );
});
