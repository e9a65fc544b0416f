const unsigned char portlore_registry_blob[] = ""; const unsigned long portlore_registry_blob_size = 0;
