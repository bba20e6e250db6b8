// GET /api/v1/network/export?network=&purpose= (the CSV) and ?part=codebook (its codebook,
// Markdown). Only the network's leads; errors are problem+json.
import "server-only";
import { contentDisposition, withProblems } from "@/lib/http";
import { exportNetworkCsv, networkCodebook } from "./export-network-csv";
import { networkLeadContext, signedInUserId } from "./lead-context";

const headers = (type: string, fileName: string): HeadersInit => ({
  "content-type": type,
  "content-disposition": contentDisposition(fileName),
  "x-content-type-options": "nosniff",
  // Data about students: never kept by a browser or proxy cache.
  "cache-control": "no-store",
});

export const networkExport = {
  GET: withProblems(async (request: Request) => {
    const query = new URL(request.url).searchParams;
    const lead = await networkLeadContext(
      await signedInUserId(),
      query.get("network") ?? undefined,
    );
    if (query.get("part") === "codebook") {
      return new Response(networkCodebook(lead.networkName), {
        headers: headers("text/markdown; charset=utf-8", "network-export-codebook.md"),
      });
    }
    const { fileName, csv } = await exportNetworkCsv(lead, {
      purpose: query.get("purpose") ?? undefined,
    });
    return new Response(csv, { headers: headers("text/csv; charset=utf-8", fileName) });
  }),
};
