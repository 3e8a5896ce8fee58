ALTER TABLE "product" ADD COLUMN "producer_number_hint" jsonb DEFAULT '{"nl":"","fr":"","en":""}'::jsonb NOT NULL;--> statement-breakpoint
-- Installations seeded before this column existed get the KMO Tool's hint too.
UPDATE "product" SET "producer_number_hint" = '{"nl":"4 of 5 cijfers","fr":"4 ou 5 chiffres","en":"4 or 5 digits"}'::jsonb
WHERE "code" = 'TPE-KMO' AND "producer_number_hint" = '{"nl":"","fr":"","en":""}'::jsonb;
