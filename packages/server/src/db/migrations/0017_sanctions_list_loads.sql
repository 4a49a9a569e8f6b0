CREATE TABLE "sanctions_list_loads" (
	"node" text NOT NULL,
	"source" text NOT NULL,
	"list" text,
	"version" text,
	"entries" integer,
	"loaded_at" timestamp with time zone,
	"attempted_at" timestamp with time zone NOT NULL,
	"error" text,
	CONSTRAINT "sanctions_list_loads_node_source_pk" PRIMARY KEY("node","source")
);
