import type { ReactNode } from 'react';
import { Table, TableCaption } from '@utrecht/component-library-react';

/**
 * A captioned table that scrolls on its own on a narrow screen, reachable by keyboard (a named
 * region). `children`: the table's header and body.
 */
export function ScrollTable({ label, caption, children }: { label: string; caption: string; children: ReactNode }) {
  return (
    <div className="c-table-scroll" tabIndex={0} role="region" aria-label={label}>
      <Table>
        <TableCaption>{caption}</TableCaption>
        {children}
      </Table>
    </div>
  );
}
