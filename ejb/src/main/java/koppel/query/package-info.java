/** Lists of a team's resources: paging, ordering and the filters every collection offers. */
package koppel.query;
